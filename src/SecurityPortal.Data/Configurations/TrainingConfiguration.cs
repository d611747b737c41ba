using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SecurityPortal.Core.Training;
using SecurityPortal.Data.Identity;

namespace SecurityPortal.Data.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("Courses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(Course.MaxCodeLength);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(Course.MaxTitleLength);
        builder.Property(c => c.Description).HasMaxLength(Course.MaxDescriptionLength);
        builder.Property(c => c.Link).HasMaxLength(Course.MaxLinkLength);
        builder.Property(c => c.MandatoryRoles).HasMaxLength(200);
        builder.Property(c => c.MandatoryTeamIds).HasMaxLength(4000);
        builder.Ignore(c => c.Roles);
        builder.Ignore(c => c.Teams);
        builder.Ignore(c => c.IsMandatory);
        builder.ConfigureTracking();
    }
}

internal sealed class TrainingAssignmentConfiguration : IEntityTypeConfiguration<TrainingAssignment>
{
    public void Configure(EntityTypeBuilder<TrainingAssignment> builder)
    {
        builder.ToTable("TrainingAssignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.CourseCode).HasMaxLength(Course.MaxCodeLength);
        builder.Property(a => a.UserEmail).HasMaxLength(256);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.CompletedBy).HasMaxLength(256);
        builder.Property(a => a.Attestation).HasMaxLength(TrainingAssignment.MaxAttestationLength);
        // Each assignment once: a rerun, a retry, a second node or a double click meets this key instead of adding a row.
        builder.HasIndex(a => new { a.CourseId, a.UserId, a.Round }).IsUnique();
        builder.HasIndex(a => new { a.UserId, a.Status });
        builder.HasIndex(a => new { a.Status, a.DueOn });
        builder.Ignore(a => a.IsOpen);
        builder.HasOne<Course>().WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.ConfigureTracking();
    }
}

internal sealed class TrainingReminderConfiguration : IEntityTypeConfiguration<TrainingReminder>
{
    public void Configure(EntityTypeBuilder<TrainingReminder> builder)
    {
        builder.ToTable("TrainingReminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        // Each reminder once per assignment, even when two job runs race.
        builder.HasIndex(r => new { r.AssignmentId, r.Kind }).IsUnique();
        builder.HasOne<TrainingAssignment>().WithMany().HasForeignKey(r => r.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
