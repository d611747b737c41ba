using System.Text.Json.Serialization;

namespace SecurityPortal.Core.Incidents;

/// <summary>
/// How bad an incident is. <see cref="Sev1"/> is the most severe, so sorting ascending puts the
/// worst incidents first.
/// </summary>
// The API writes and reads severities as the names responders use.
public enum IncidentSeverity
{
    [JsonStringEnumMemberName("SEV1")]
    Sev1,
    [JsonStringEnumMemberName("SEV2")]
    Sev2,
    [JsonStringEnumMemberName("SEV3")]
    Sev3,
    [JsonStringEnumMemberName("SEV4")]
    Sev4,
}
