using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SecurityPortal.Core.Audits;
using SecurityPortal.Core.Models;

namespace SecurityPortal.Data.Configurations;

internal sealed class AuditPlanConfiguration : IEntityTypeConfiguration<AuditPlan>
{
    public void Configure(EntityTypeBuilder<AuditPlan> builder)
    {
        builder.ToTable("AuditPlans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).HasMaxLength(AuditPlan.MaxTitleLength);
        builder.Property(p => p.Recurrence).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.LeadAuditor).HasMaxLength(256);
        builder.Property(p => p.ScopeRiskTiers).HasMaxLength(200);
        builder.Property(p => p.ScopeTeamIds).HasMaxLength(4000);
        builder.Property(p => p.ChecklistCodes).HasMaxLength(1000);
        builder.Ignore(p => p.Scope);
        builder.Ignore(p => p.Checklist);
        builder.ConfigureTracking();
    }
}

internal sealed class AuditEntityConfiguration : IEntityTypeConfiguration<Audit>
{
    public void Configure(EntityTypeBuilder<Audit> builder)
    {
        builder.ToTable("Audits");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ModelKey).HasMaxLength(60);
        builder.Property(a => a.LeadAuditor).HasMaxLength(256);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Conclusion).HasMaxLength(Audit.MaxConclusionLength);
        builder.Property(a => a.SignedOffBy).HasMaxLength(256);
        // One audit per plan, model and period: a rerun, a retry or a second node finds the row instead of adding one.
        builder.HasIndex(a => new { a.PlanId, a.ModelId, a.DueOn }).IsUnique();
        builder.HasIndex(a => new { a.Status, a.DueOn });
        builder.HasIndex(a => new { a.ModelId, a.DueOn });
        builder.Ignore(a => a.IsSignedOff);
        builder.HasOne<AuditPlan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AiModel>().WithMany().HasForeignKey(a => a.ModelId).OnDelete(DeleteBehavior.Cascade);
        builder.ConfigureTracking();
    }
}

internal sealed class AuditItemConfiguration : IEntityTypeConfiguration<AuditItem>
{
    public void Configure(EntityTypeBuilder<AuditItem> builder)
    {
        builder.ToTable("AuditItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.ControlCode).HasMaxLength(10);
        builder.Property(i => i.Result).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.PreviousResult).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Note).HasMaxLength(AuditItem.MaxNoteLength);
        builder.Property(i => i.PreviousNote).HasMaxLength(AuditItem.MaxNoteLength);
        builder.Property(i => i.AnsweredBy).HasMaxLength(256);
        builder.Property(i => i.EvidenceIds).HasMaxLength(4000);
        builder.Property(i => i.ChangedSinceLastCycle).HasMaxLength(500);
        builder.HasIndex(i => new { i.AuditId, i.ControlCode }).IsUnique();
        builder.Ignore(i => i.IsAnswered);
        builder.Ignore(i => i.Evidence);
        builder.HasOne<Audit>().WithMany().HasForeignKey(i => i.AuditId).OnDelete(DeleteBehavior.Cascade);
        // No foreign key to the finding: both cascade from the model, and SQL Server refuses two cascade paths.
        builder.HasIndex(i => i.FindingId);
    }
}

internal sealed class AuditReminderConfiguration : IEntityTypeConfiguration<AuditReminder>
{
    public void Configure(EntityTypeBuilder<AuditReminder> builder)
    {
        builder.ToTable("AuditReminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Recipient).HasMaxLength(256);
        // Each reminder once per audit, even when two job runs race.
        builder.HasIndex(r => new { r.AuditId, r.Kind }).IsUnique();
        builder.HasOne<Audit>().WithMany().HasForeignKey(r => r.AuditId).OnDelete(DeleteBehavior.Cascade);
    }
}
