using System.Collections.Frozen;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Core.Controls;

/// <summary>
/// The portal's security controls: two to five per practice, each mapped to the framework items it answers.
/// Automatic controls name the assessment rule that decides them; the rest are attested with evidence. Codes
/// are published in reports and findings, so a retired control leaves a gap in its practice's numbering
/// rather than handing its code to something else.
/// </summary>
public static class ControlCatalogue
{
    // Scopes shared by several controls; declared before All, which reads them.
    private static readonly FrozenSet<RiskTier> HighRiskOnly = Tiers(RiskTier.HighRisk);
    private static readonly FrozenSet<RiskTier> HighRiskAndGeneralPurpose = Tiers(RiskTier.HighRisk, RiskTier.GeneralPurpose);

    // Where free-text prompts reach a model: conversational systems (Limited, Art. 50), general-purpose models and high-risk uses of them.
    private static readonly FrozenSet<RiskTier> TakesFreeText = Tiers(RiskTier.Limited, RiskTier.GeneralPurpose, RiskTier.HighRisk);

    private static readonly FrozenSet<DeploymentEnvironment> ProductionOnly = Environments(DeploymentEnvironment.Production);
    private static readonly FrozenSet<DeploymentEnvironment> StagingAndProduction =
        Environments(DeploymentEnvironment.Staging, DeploymentEnvironment.Production);

    public static IReadOnlyList<SecurityControl> All { get; } =
    [
        // 1. Secure model development environments
        new()
        {
            Code = "SP-01.1",
            Practice = SecurityPractice.SecureDevelopmentEnvironments,
            Title = "Access to development environments is restricted",
            Objective = "Only named members of the owning team can reach the notebooks, pipelines and data stores where the model is built.",
            Guidance = "Grant access through groups tied to the team, require MFA and remove leavers within one working day. Attest with an export of the access list.",
            Mappings = [Iso("A.4.4"), Iso("A.4.5"), Nist("MAP 4.2"), Ml("ML05:2023"), Ml("ML10:2023")],
        },
        new()
        {
            Code = "SP-01.2",
            Practice = SecurityPractice.SecureDevelopmentEnvironments,
            Title = "Development traffic travels over encrypted channels",
            Objective = "Code, data and checkpoints move between workstations, storage and training clusters only over encrypted connections.",
            Guidance = "Reach clusters and data stores through VPN or private endpoints and turn off plain-text protocols on them.",
            Mappings = [Iso("A.4.5"), Iso("A.7.2"), Llm("LLM04:2025"), EuAiAct("Art. 15")],
        },
        new()
        {
            Code = "SP-01.3",
            Practice = SecurityPractice.SecureDevelopmentEnvironments,
            Title = "Secrets stay out of code, notebooks and images",
            Objective = "Credentials used while building a model live in a secrets manager, never in repositories, notebooks or container images.",
            Guidance = "Run a secret scanner on every push and rotate any credential it finds. Attest with the scanner configuration and its latest report.",
            Mappings = [Iso("A.4.4"), Llm("LLM02:2025"), Nist("MEASURE 2.7")],
        },
        new()
        {
            Code = "SP-01.4",
            Practice = SecurityPractice.SecureDevelopmentEnvironments,
            Title = "Pre-trained models and libraries come from vetted sources",
            Objective = "Base models, adapters and ML libraries enter the development environment only from approved sources, pinned to a known version.",
            Guidance = "Keep an allow-list of model hubs and package feeds, record the origin and digest of every base model, and re-check them when the supplier publishes a new release.",
            Mappings = [Ml("ML07:2023"), Ml("ML06:2023"), Llm("LLM03:2025"), Nist("MANAGE 3.2"), Nist("GOVERN 6.1"), Iso("A.10.3")],
        },

        // 2. Model encryption
        new()
        {
            Code = "SP-02.1",
            Practice = SecurityPractice.ModelEncryption,
            Title = "Model artifacts are encrypted at rest",
            Objective = "Every registered version's weights are stored encrypted, so a copied bucket or disk does not yield a usable model.",
            Guidance = "A platform-managed key is enough here. The portal flags any version recorded as unencrypted.",
            RuleKey = AssessmentRuleKey.UnencryptedArtifact,
            Mappings = [Ml("ML05:2023"), Nist("MEASURE 2.7"), EuAiAct("Art. 15")],
        },
        new()
        {
            Code = "SP-02.2",
            Practice = SecurityPractice.ModelEncryption,
            Title = "High-risk and general-purpose models use customer-managed keys",
            Objective = "The weights of the most sensitive models are encrypted under a key the organisation holds, so access can be cut off independently of the platform.",
            Guidance = "Record the key reference on each version, rotate the key at least yearly and give decrypt rights to the serving identity alone.",
            AppliesToRiskTiers = HighRiskAndGeneralPurpose,
            Mappings = [Ml("ML05:2023"), Nist("MEASURE 2.7"), EuAiAct("Art. 15")],
        },
        new()
        {
            Code = "SP-02.3",
            Practice = SecurityPractice.ModelEncryption,
            Title = "Artifacts move only over encrypted channels",
            Objective = "Weights are uploaded to the registry and pulled by serving hosts only over TLS, so they cannot be read or swapped on the way.",
            Guidance = "Use HTTPS or short-lived signed URLs for the registry and configure the serving platform to refuse plain-HTTP pulls.",
            Mappings = [Ml("ML05:2023"), Ml("ML06:2023"), Llm("LLM03:2025"), Nist("MEASURE 2.7")],
        },

        // 3. API authentication and authorization
        new()
        {
            Code = "SP-03.1",
            Practice = SecurityPractice.ApiAuthentication,
            Title = "Every model endpoint requires authentication",
            Objective = "No deployment answers a caller that has not proved who it is.",
            Guidance = "API keys will do for internal callers; prefer OAuth 2 / OIDC or mutual TLS for anything reachable from outside. The portal flags endpoints recorded without authentication.",
            RuleKey = AssessmentRuleKey.NoAuthentication,
            Mappings = [Nist("MEASURE 2.7"), EuAiAct("Art. 15"), Ml("ML05:2023"), Llm("LLM10:2025"), Iso("A.6.2.5")],
        },
        new()
        {
            Code = "SP-03.2",
            Practice = SecurityPractice.ApiAuthentication,
            Title = "Callers are authorised to the narrowest scope",
            Objective = "Each client identity can call only the models and operations it needs.",
            Guidance = "Issue one credential per consuming application, scoped per model, and review the grants whenever a consumer changes owner.",
            Mappings = [Llm("LLM06:2025"), Ml("ML05:2023"), Iso("A.9.2"), Nist("MEASURE 2.7")],
        },
        new()
        {
            Code = "SP-03.3",
            Practice = SecurityPractice.ApiAuthentication,
            Title = "Endpoint credentials expire and can be revoked at once",
            Objective = "API keys and client secrets have a maximum age and can be withdrawn within minutes when one leaks.",
            Guidance = "Keep production keys to 90 days at most and rehearse revocation, so the first time is not during an incident.",
            Mappings = [Nist("MEASURE 2.7"), Ml("ML05:2023"), EuAiAct("Art. 15")],
        },
        new()
        {
            Code = "SP-03.4",
            Practice = SecurityPractice.ApiAuthentication,
            Title = "Sensitive production endpoints accept no shared keys",
            Objective = "High-risk and general-purpose models in production accept only OAuth 2 / OIDC tokens or mutual TLS, never a shared API key.",
            Guidance = "Shared keys end up in scripts and tickets; tokens and certificates trace each call to one identity and can be revoked alone.",
            AppliesToRiskTiers = HighRiskAndGeneralPurpose,
            AppliesToEnvironments = ProductionOnly,
            Mappings = [EuAiAct("Art. 15"), Nist("MEASURE 2.7"), Ml("ML05:2023")],
        },

        // 4. Input data validation
        new()
        {
            Code = "SP-04.1",
            Practice = SecurityPractice.InputValidation,
            Title = "Requests are validated before inference",
            Objective = "Requests that break the endpoint's schema, size or type limits are refused before they reach the model.",
            Guidance = "Define a request schema with maximum payload and token sizes. The portal flags deployments where input validation is recorded as off.",
            RuleKey = AssessmentRuleKey.NoInputValidation,
            AppliesToEnvironments = StagingAndProduction,
            Mappings = [Ml("ML01:2023"), Llm("LLM01:2025"), Llm("LLM10:2025"), Nist("MEASURE 2.7"), EuAiAct("Art. 15")],
        },
        new()
        {
            Code = "SP-04.2",
            Practice = SecurityPractice.InputValidation,
            Title = "Free-text prompts are screened for injection",
            Objective = "Prompts and retrieved content are screened for instructions meant to override the system's intended behaviour before the model acts on them.",
            Guidance = "Combine an injection filter with least privilege for any tools the model can call, and test every release against a maintained set of attack prompts.",
            AppliesToRiskTiers = TakesFreeText,
            Mappings = [Llm("LLM01:2025"), Llm("LLM07:2025"), Llm("LLM06:2025"), Nist("MEASURE 2.7")],
        },
        new()
        {
            Code = "SP-04.3",
            Practice = SecurityPractice.InputValidation,
            Title = "Model output is treated as untrusted input",
            Objective = "Systems that consume a model's output validate or encode it before executing, rendering or storing it.",
            Guidance = "Never pass output straight to a shell, a query or a web page; apply the same checks as for user input.",
            Mappings = [Llm("LLM05:2025"), Ml("ML09:2023"), Llm("LLM06:2025")],
        },
        new()
        {
            Code = "SP-04.4",
            Practice = SecurityPractice.InputValidation,
            Title = "Training and retrieval data is checked before use",
            Objective = "Data used to train, fine-tune or ground a model is checked for quality and tampering, and its provenance is recorded.",
            Guidance = "Record the source and digest of each data set, screen it for outliers and planted content, and restrict who can write to training sets and vector stores.",
            Mappings = [Ml("ML02:2023"), Llm("LLM04:2025"), Llm("LLM08:2025"), Iso("A.7.4"), Iso("A.7.5"), Iso("A.7.6")],
        },

        // 5. Model versioning and rollback
        new()
        {
            Code = "SP-05.1",
            Practice = SecurityPractice.VersioningAndRollback,
            Title = "Every version records the SHA-256 of its artifact",
            Objective = "Each registered version carries the SHA-256 digest of the exact artifact, so what runs can be proven to be what was approved.",
            Guidance = "Compute the digest in the build pipeline and verify it when the model loads. The portal flags versions without a well-formed digest.",
            RuleKey = AssessmentRuleKey.MissingDigest,
            Mappings = [Nist("GOVERN 1.6"), Iso("A.6.2.7"), Llm("LLM03:2025"), Ml("ML06:2023"), Ml("ML10:2023")],
        },
        new()
        {
            Code = "SP-05.2",
            Practice = SecurityPractice.VersioningAndRollback,
            Title = "Running artifacts carry a valid signature",
            Objective = "The version running in each deployment is signed, and its signature has not failed verification.",
            Guidance = "Sign in the build pipeline with a key data scientists cannot use directly. Signed-but-unverified passes; unsigned or invalid does not.",
            RuleKey = AssessmentRuleKey.UnsignedArtifact,
            Mappings = [Llm("LLM03:2025"), Llm("LLM04:2025"), Ml("ML06:2023"), Ml("ML10:2023"), EuAiAct("Art. 15")],
        },
        new()
        {
            Code = "SP-05.3",
            Practice = SecurityPractice.VersioningAndRollback,
            Title = "Production always has a version to roll back to",
            Objective = "Every production deployment has an earlier, unretired version it can return to at once.",
            Guidance = "Keep the previous approved version available until its successor has run cleanly. The portal flags deployments with no rollback target.",
            RuleKey = AssessmentRuleKey.NoRollbackTarget,
            AppliesToEnvironments = ProductionOnly,
            Mappings = [Nist("MANAGE 2.4"), Nist("MANAGE 2.3"), Iso("A.6.2.5")],
        },
        new()
        {
            Code = "SP-05.4",
            Practice = SecurityPractice.VersioningAndRollback,
            Title = "Approved versions are immutable and every change is recorded",
            Objective = "Once approved, a version's artifact and metadata never change, and every deployment and rollback leaves a record.",
            Guidance = "Store approved artifacts under object lock or write-once retention, ship fixes as new versions and deploy only through the pipeline that records history.",
            Mappings = [Nist("GOVERN 1.6"), Nist("MANAGE 4.1"), Iso("A.6.2.3"), Iso("A.6.2.7")],
        },

        // 6. Continuous monitoring and logging
        new()
        {
            Code = "SP-06.1",
            Practice = SecurityPractice.MonitoringAndLogging,
            Title = "Production deployments are monitored",
            Objective = "Every production deployment reports its health, usage and output quality to a monitoring system with thresholds.",
            Guidance = "Track latency, errors, volume and drift in inputs and outputs against agreed thresholds. The portal flags deployments where monitoring is off.",
            RuleKey = AssessmentRuleKey.NoMonitoring,
            AppliesToEnvironments = ProductionOnly,
            Mappings = [Nist("MEASURE 2.4"), Nist("MANAGE 4.1"), Iso("A.6.2.6"), Ml("ML08:2023"), Llm("LLM09:2025")],
        },
        new()
        {
            Code = "SP-06.2",
            Practice = SecurityPractice.MonitoringAndLogging,
            Title = "Security events are logged",
            Objective = "Failed authentication, refused inputs, configuration changes and unusual volumes are written to a security log an investigator can search.",
            Guidance = "Ship the log to the central SIEM, keep it at least a year for high-risk models, and keep secrets and personal data out of it. The portal flags deployments without security logging.",
            RuleKey = AssessmentRuleKey.NoSecurityLogging,
            AppliesToEnvironments = StagingAndProduction,
            Mappings = [Iso("A.6.2.8"), EuAiAct("Art. 12"), Nist("MEASURE 2.7"), Nist("GOVERN 4.3")],
        },
        new()
        {
            Code = "SP-06.3",
            Practice = SecurityPractice.MonitoringAndLogging,
            Title = "Alerts reach a named on-call responder",
            Objective = "Monitoring and security alerts for each model go to an owner who is on call and has a runbook for them.",
            Guidance = "Route alerts by the model's owning team, link each alert type to its runbook, and test the route every quarter.",
            Mappings = [Nist("MANAGE 4.1"), Nist("GOVERN 2.1"), Nist("GOVERN 4.3")],
        },
        new()
        {
            Code = "SP-06.4",
            Practice = SecurityPractice.MonitoringAndLogging,
            Title = "Query patterns are watched for extraction and abuse",
            Objective = "Unusual query patterns that suggest model extraction, data reconstruction or resource abuse raise an alert.",
            Guidance = "Watch per-caller volume, near-duplicate queries and systematic probing of the input space, and alert on sustained anomalies.",
            AppliesToEnvironments = ProductionOnly,
            Mappings = [Ml("ML03:2023"), Ml("ML04:2023"), Ml("ML05:2023"), Llm("LLM10:2025"), Nist("MEASURE 2.10")],
        },

        // 7. Regular security audits and assessments
        new()
        {
            Code = "SP-07.1",
            Practice = SecurityPractice.RegularAudits,
            Title = "Every model is audited on schedule",
            Objective = "Each model has an audit plan, no audit runs past its due date, and every finding has an owner and a due date.",
            Guidance = "Audit high-risk models at least yearly and others at least every two years. The portal flags overdue audits.",
            RuleKey = AssessmentRuleKey.AuditOverdue,
            Mappings = [Iso("9.2"), Nist("GOVERN 1.5"), Nist("MEASURE 1.2"), Nist("MANAGE 1.2")],
        },
        new()
        {
            Code = "SP-07.2",
            Practice = SecurityPractice.RegularAudits,
            Title = "High-risk models are assessed independently",
            Objective = "Assessments of high-risk models are carried out or reviewed by people who did not build them.",
            Guidance = "Use the internal security team or an external assessor, and record who assessed so independence can be shown.",
            AppliesToRiskTiers = HighRiskOnly,
            Mappings = [Nist("MEASURE 1.3"), Iso("9.2")],
        },
        new()
        {
            Code = "SP-07.3",
            Practice = SecurityPractice.RegularAudits,
            Title = "Attested controls carry current evidence",
            Objective = "Every attested control points to evidence that exists and has not expired.",
            Guidance = "Attach a document, export or link with an expiry date; a control whose evidence is missing or expired counts as not met.",
            RuleKey = AssessmentRuleKey.EvidenceMissing,
            Mappings = [Nist("MEASURE 1.2"), Nist("GOVERN 1.4"), Iso("A.6.2.7")],
        },
        new()
        {
            Code = "SP-07.4",
            Practice = SecurityPractice.RegularAudits,
            Title = "Attestations are reviewed before they go stale",
            Objective = "Each attestation, including the development-environment attestation of every model, is reviewed again within its review period.",
            Guidance = "Review every twelve months, and sooner after a major change or an incident. The portal flags attestations past their review date.",
            RuleKey = AssessmentRuleKey.ReviewStale,
            Mappings = [Nist("GOVERN 1.5"), Nist("MEASURE 1.2"), Iso("A.6.1.3")],
        },
        new()
        {
            Code = "SP-07.5",
            Practice = SecurityPractice.RegularAudits,
            Title = "Risk tier and impact are assessed before deployment",
            Objective = "Each model's EU AI Act risk tier is justified in writing and its impact assessed before it first reaches production, and prohibited uses never deploy.",
            Guidance = "Repeat the assessment when the model's purpose or users change, and keep it with the model's audit evidence.",
            Mappings = [EuAiAct("Art. 5"), EuAiAct("Art. 6"), EuAiAct("Art. 50"), EuAiAct("Art. 51"), Iso("A.5.2"), Nist("MAP 5.1")],
        },

        // 8. Secure model serving infrastructure
        new()
        {
            Code = "SP-08.1",
            Practice = SecurityPractice.SecureServingInfrastructure,
            Title = "Endpoints are served over TLS only",
            Objective = "Every model endpoint encrypts requests and responses in transit.",
            Guidance = "Use TLS 1.2 or later with certificates from a trusted CA and refuse plain HTTP. The portal flags endpoints recorded without TLS.",
            RuleKey = AssessmentRuleKey.NoTls,
            Mappings = [EuAiAct("Art. 15"), Nist("MEASURE 2.7"), Llm("LLM02:2025"), Iso("A.6.2.5")],
        },
        new()
        {
            Code = "SP-08.2",
            Practice = SecurityPractice.SecureServingInfrastructure,
            Title = "Serving hosts and containers follow a hardened baseline",
            Objective = "Models run on hosts and images built from a hardened, patched baseline that carries nothing the model does not need.",
            Guidance = "Use minimal base images, scan them in the pipeline, run as non-root and patch critical findings within 14 days. Attest with the latest scan.",
            Mappings = [Iso("A.4.5"), Llm("LLM03:2025"), Ml("ML06:2023"), Nist("MEASURE 2.7"), EuAiAct("Art. 15")],
        },
        new()
        {
            Code = "SP-08.3",
            Practice = SecurityPractice.SecureServingInfrastructure,
            Title = "Endpoints limit request rates",
            Objective = "Each caller's request rate and volume are capped, so an endpoint cannot be exhausted or scraped to copy the model.",
            Guidance = "Set per-identity limits on requests and tokens and alert when a caller keeps hitting them. The portal flags endpoints recorded without rate limiting.",
            RuleKey = AssessmentRuleKey.NoRateLimiting,
            AppliesToEnvironments = ProductionOnly,
            Mappings = [Llm("LLM10:2025"), Ml("ML05:2023"), Ml("ML04:2023"), Nist("MEASURE 2.7")],
        },
        new()
        {
            Code = "SP-08.4",
            Practice = SecurityPractice.SecureServingInfrastructure,
            Title = "Network exposure is no wider than the callers need",
            Objective = "Endpoints are reachable only from the networks their callers use, and any public exposure is a recorded decision.",
            Guidance = "Default to private endpoints; publish to the internet only behind a gateway or WAF and with the owner's recorded approval.",
            Mappings = [Nist("MEASURE 2.7"), EuAiAct("Art. 15"), Iso("A.6.2.5"), Ml("ML05:2023")],
        },

        // 9. Employee training and awareness
        new()
        {
            Code = "SP-09.1",
            Practice = SecurityPractice.StaffTraining,
            Title = "Mandatory training is completed on time",
            Objective = "Everyone who builds, deploys or operates models has completed their mandatory security courses, with none overdue.",
            Guidance = "Assign courses by role on joining and yearly after that. The portal flags overdue assignments to the person and their team lead.",
            RuleKey = AssessmentRuleKey.TrainingOverdue,
            Mappings = [Nist("GOVERN 2.2"), Iso("7.2"), Iso("7.3"), Iso("A.4.6"), EuAiAct("Art. 4")],
        },
        new()
        {
            Code = "SP-09.2",
            Practice = SecurityPractice.StaffTraining,
            Title = "Engineers are trained on attacks against AI systems",
            Objective = "Engineers and data scientists learn how prompt injection, poisoning, model theft and supply-chain tampering work against systems like ours.",
            Guidance = "Walk through the OWASP LLM and ML Top 10 with examples from our own models, and refresh the course when either list changes.",
            Mappings = [Nist("GOVERN 2.2"), Nist("MAP 3.4"), Iso("7.2"), EuAiAct("Art. 4")],
        },
        new()
        {
            Code = "SP-09.3",
            Practice = SecurityPractice.StaffTraining,
            Title = "Everyone knows how to raise a concern",
            Objective = "Anyone can report a suspected AI security problem or misuse through one known channel, without fear of blame.",
            Guidance = "Publish the channel, mention it in every course, and acknowledge each report within two working days.",
            Mappings = [Iso("A.3.3"), Iso("7.3"), Nist("GOVERN 4.3")],
        },

        // 10. Incident response and remediation
        new()
        {
            Code = "SP-10.1",
            Practice = SecurityPractice.IncidentResponse,
            Title = "Each production model has a rehearsed response plan",
            Objective = "Every model in production has an incident response plan naming owners, contacts and the steps to contain or roll back the model, exercised at least yearly.",
            Guidance = "Follow the portal's incident phases, include how to disable or roll back the model, and keep each tabletop exercise as evidence.",
            Mappings = [Nist("MANAGE 4.3"), Nist("MANAGE 2.3"), Nist("GOVERN 4.3")],
        },
        new()
        {
            Code = "SP-10.2",
            Practice = SecurityPractice.IncidentResponse,
            Title = "Open incidents stay within their SLA",
            Objective = "Incidents are acknowledged, contained and resolved within the targets for their severity.",
            Guidance = "The portal runs the SLA clocks of each incident and flags a breach, which is escalated to the security officer.",
            RuleKey = AssessmentRuleKey.IncidentSlaBreached,
            Mappings = [Nist("MANAGE 4.3"), Nist("MANAGE 2.3")],
        },
        new()
        {
            Code = "SP-10.3",
            Practice = SecurityPractice.IncidentResponse,
            Title = "Serious incidents are reported to the authority in time",
            Objective = "A serious incident involving a high-risk system is reported to the market surveillance authority within the EU AI Act deadline.",
            Guidance = "Decide reportability at triage: 15 days at most after awareness, 10 where a person died, 2 for a widespread infringement or critical infrastructure.",
            AppliesToRiskTiers = HighRiskOnly,
            Mappings = [EuAiAct("Art. 73"), Iso("A.8.3"), Iso("A.8.4"), Nist("MANAGE 4.3")],
        },
        new()
        {
            Code = "SP-10.4",
            Practice = SecurityPractice.IncidentResponse,
            Title = "Lessons learned are recorded and acted on",
            Objective = "Every closed incident records its root cause and lessons learned, and the follow-up actions are tracked to completion.",
            Guidance = "The portal will not close an incident without both; review open follow-up actions at the model's next audit.",
            Mappings = [Nist("MANAGE 4.2"), Nist("MEASURE 3.1")],
        },
    ];

    // Declared after All: static initialisers run in textual order.
    private static readonly Dictionary<string, SecurityControl> ByCode = All.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The control with <paramref name="code"/> in any letter case, or null.</summary>
    public static SecurityControl? Find(string code) => ByCode.GetValueOrDefault(code.Trim());

    /// <summary>The practice's controls in code order.</summary>
    public static IReadOnlyList<SecurityControl> ForPractice(SecurityPractice practice) => [.. All.Where(c => c.Practice == practice)];

    /// <summary>The controls a model of <paramref name="tier"/> must meet in <paramref name="environment"/>; see <see cref="SecurityControl.AppliesTo"/>.</summary>
    public static IReadOnlyList<SecurityControl> ApplicableTo(RiskTier tier, DeploymentEnvironment? environment) =>
        [.. All.Where(c => c.AppliesTo(tier, environment))];

    private static FrozenSet<RiskTier> Tiers(params RiskTier[] tiers) => tiers.ToFrozenSet();

    private static FrozenSet<DeploymentEnvironment> Environments(params DeploymentEnvironment[] environments) => environments.ToFrozenSet();

    private static FrameworkItemRef Nist(string id) => new(Framework.NistAiRmf, id);

    private static FrameworkItemRef Iso(string id) => new(Framework.Iso42001, id);

    private static FrameworkItemRef Llm(string id) => new(Framework.OwaspLlm2025, id);

    private static FrameworkItemRef Ml(string id) => new(Framework.OwaspMl2023, id);

    private static FrameworkItemRef EuAiAct(string id) => new(Framework.EuAiAct, id);
}
