using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SecurityPortal.Core.Assessments;
using SecurityPortal.Core.Models;
using SecurityPortal.Core.Teams;

namespace SecurityPortal.Data.Configurations;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.ToTable("Findings");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.ModelKey).HasMaxLength(60);
        builder.Property(f => f.RuleKey).HasMaxLength(60);
        builder.Property(f => f.Subject).HasMaxLength(100);
        builder.Property(f => f.ControlCode).HasMaxLength(10);
        builder.Property(f => f.Practice).HasConversion<string>().HasMaxLength(40);
        builder.Property(f => f.Environment).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Severity).HasConversion<string>().HasMaxLength(10);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Title).HasMaxLength(Finding.MaxTitleLength);
        builder.Property(f => f.Detail).HasMaxLength(Finding.MaxDetailLength);
        builder.Property(f => f.Owner).HasMaxLength(256);
        builder.Property(f => f.ResolutionNote).HasMaxLength(Finding.MaxNoteLength);
        builder.Property(f => f.RiskRequestedBy).HasMaxLength(256);
        builder.Property(f => f.RiskReason).HasMaxLength(Finding.MaxNoteLength);
        builder.Property(f => f.RiskApprovedBy).HasMaxLength(256);
        // The finding's identity: a rerun, a retry or a second node finds the row instead of adding one.
        builder.HasIndex(f => new { f.ModelId, f.RuleKey, f.Subject }).IsUnique();
        // Findings about the portal itself have no model, and a unique index counts every null as different: the same
        // identity without the model, for those rows only. Brackets quote the name in SQLite and SQL Server alike.
        builder.HasIndex(f => new { f.RuleKey, f.Subject }).IsUnique().HasFilter("[ModelId] IS NULL").HasDatabaseName("IX_Findings_PortalFinding");
        builder.HasIndex(f => new { f.Status, f.Severity });
        builder.HasIndex(f => f.Owner);
        builder.Ignore(f => f.Key);
        builder.Ignore(f => f.IsRiskAcceptancePending);
        builder.HasOne<AiModel>().WithMany().HasForeignKey(f => f.ModelId).OnDelete(DeleteBehavior.Cascade);
        // No foreign key to the audit: audits cascade from models too, and SQL Server refuses two cascade paths.
        builder.HasIndex(f => f.AuditId);
        builder.ConfigureTracking();
    }
}

internal sealed class FindingEventConfiguration : IEntityTypeConfiguration<FindingEvent>
{
    public void Configure(EntityTypeBuilder<FindingEvent> builder)
    {
        builder.ToTable("FindingEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Text).HasMaxLength(Finding.MaxNoteLength);
        builder.HasIndex(e => new { e.FindingId, e.OccurredAt });
        builder.HasOne<Finding>().WithMany().HasForeignKey(e => e.FindingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentRunConfiguration : IEntityTypeConfiguration<AssessmentRun>
{
    public void Configure(EntityTypeBuilder<AssessmentRun> builder)
    {
        builder.ToTable("AssessmentRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        // One active run at a time, across nodes: a second queued run collides here.
        builder.HasIndex(r => r.ActiveSlot).IsUnique();
        builder.HasIndex(r => r.Number).IsUnique();
        builder.Property(r => r.Cursor).HasMaxLength(60);
        builder.Property(r => r.RequestedBy).HasMaxLength(256);
        builder.Property(r => r.Error).HasMaxLength(2000);
        builder.Ignore(r => r.IsActive);
    }
}

internal sealed class ModelScoreConfiguration : IEntityTypeConfiguration<ModelScore>
{
    public void Configure(EntityTypeBuilder<ModelScore> builder)
    {
        builder.ToTable("ModelScores");
        builder.HasKey(s => s.Id);
        // A retried batch must not store a model's score for the same run twice.
        builder.HasIndex(s => new { s.ModelId, s.RunId }).IsUnique();
        builder.HasIndex(s => new { s.ModelId, s.RunNumber });
        builder.HasOne<AiModel>().WithMany().HasForeignKey(s => s.ModelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AssessmentRun>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TeamScoreConfiguration : IEntityTypeConfiguration<TeamScore>
{
    public void Configure(EntityTypeBuilder<TeamScore> builder)
    {
        builder.ToTable("TeamScores");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.TeamId, s.RunId }).IsUnique();
        builder.HasIndex(s => new { s.TeamId, s.At });
        builder.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AssessmentRun>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Restrict);
    }
}
