namespace SecurityPortal.Core.Incidents;

/// <summary>
/// Decides which notifications the escalation job sends for one incident: one warning when a clock is
/// due soon and one breach notice when it has passed, each exactly once. The job may run at any
/// interval; what was already sent, not the time of the run, keeps notices from repeating.
/// </summary>
public static class EscalationRule
{
    private const string WarningSuffix = ":warning";
    private const string BreachSuffix = ":breach";

    /// <summary>
    /// The notices due now, leaving out keys in <paramref name="alreadySent"/>. A clock that breaches
    /// before any run saw it due soon gets only the breach notice: a late warning would be noise.
    /// </summary>
    public static IReadOnlyList<EscalationNotice> Due(IEnumerable<SlaClockState> clocks, IReadOnlySet<string> alreadySent)
    {
        var sent = new HashSet<string>(alreadySent, StringComparer.Ordinal);
        var due = new List<EscalationNotice>();
        foreach (var clock in clocks)
        {
            var isBreach = clock.Status == SlaClockStatus.Breached;
            if (clock.MetAt is not null || (!isBreach && clock.Status != SlaClockStatus.DueSoon))
            {
                continue;
            }

            var key = KeyFor(clock.Name, isBreach);
            if (sent.Add(key))
            {
                due.Add(new EscalationNotice(key, clock.Name, isBreach, clock.DueAt));
            }
        }

        return due;
    }

    public static string KeyFor(string clock, bool isBreach) => clock + (isBreach ? BreachSuffix : WarningSuffix);

    /// <summary>
    /// The Art. 73 report deadline as a clock named <see cref="SlaClockNames.Report"/>, started when
    /// the organisation became aware and met when the report was sent, so <see cref="Due"/> escalates
    /// it like the response clocks. Null when the incident is not reportable.
    /// </summary>
    public static SlaClockState? ReportClock(ReportableKind kind, DateTimeOffset awareAt, DateTimeOffset? reportedAt, DateTimeOffset now) =>
        SeriousIncidentReport.DeadlineFor(kind, awareAt) is { } deadline
            ? SlaClock.Track(SlaClockNames.Report, awareAt, deadline, reportedAt, now)
            : null;
}
