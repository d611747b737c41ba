namespace SecurityPortal.Core.Exports;

/// <summary>The reports the portal exports as PDF. The API accepts the names in any case (<c>audit</c>, <c>model</c>).</summary>
public enum ExportKind
{
    /// <summary>One audit: plan, scope, checklist, findings, evidence, conclusion, sign-off.</summary>
    Audit,

    /// <summary>One model's compliance dossier: versions, deployments, controls, scores, findings, incidents, audits, training.</summary>
    Model,

    /// <summary>One incident: timeline, SLA clocks, the Art. 73 report, root cause and lessons.</summary>
    Incident,

    /// <summary>Training completion per team and course, with what is overdue.</summary>
    Training,

    /// <summary>The whole portfolio: scores per model and team, open findings, framework coverage.</summary>
    Portfolio,
}
