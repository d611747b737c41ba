namespace SecurityPortal.Core.Controls;

/// <summary>
/// The ten security practices the portal enforces, declared in their published order: a practice's number
/// (<see cref="SecurityPractices.Number"/>) is its position, so a new practice goes at the end, never between.
/// </summary>
public enum SecurityPractice
{
    /// <summary>Where models are built: restricted access, encrypted channels, a reviewed attestation.</summary>
    SecureDevelopmentEnvironments,

    /// <summary>Weights encrypted at rest and in transit, under a customer-managed key where the risk calls for it.</summary>
    ModelEncryption,

    /// <summary>Who may call a deployed model, and what each caller may do.</summary>
    ApiAuthentication,

    /// <summary>Requests checked for shape and size, and free text screened for prompt injection.</summary>
    InputValidation,

    /// <summary>Immutable, digest-pinned versions with a deployment history and somewhere to roll back to.</summary>
    VersioningAndRollback,

    /// <summary>Monitoring and security-event logging on every deployment, with alerts that reach someone.</summary>
    MonitoringAndLogging,

    /// <summary>An audit plan per model, kept to schedule, with findings followed up.</summary>
    RegularAudits,

    /// <summary>TLS endpoints on hardened hosts, exposed no further than their callers need.</summary>
    SecureServingInfrastructure,

    /// <summary>Mandatory courses current for everyone who builds, deploys or runs models.</summary>
    StaffTraining,

    /// <summary>A response plan per model, incidents handled within SLA, lessons recorded.</summary>
    IncidentResponse,
}
