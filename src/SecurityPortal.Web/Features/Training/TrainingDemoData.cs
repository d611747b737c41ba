using Microsoft.EntityFrameworkCore;
using SecurityPortal.Core.Training;
using SecurityPortal.Data;
using SecurityPortal.Web.Infrastructure.Demo;

namespace SecurityPortal.Web.Features.Training;

/// <summary>
/// A catalogue of six AI-security courses, assigned as the job assigns them, with a history: the approvers
/// (administrator, security officer, team lead) are current, so the release gate lets them approve; the staff member
/// has finished the AI Act course and owes the prompt-injection course within ten days; the compliance officer is
/// overdue on the AI Act course, which the assessment (run after this) reports against the Risk &amp; Compliance
/// team's models. Skipped once any course exists.
/// </summary>
public sealed class TrainingDemoData(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, TrainingJob job) : IDemoDataContributor
{
    public int Order => 27;

    public async Task ContributeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Courses.AnyAsync(cancellationToken))
            {
                return;
            }

            var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Name, t => t.Id, cancellationToken);
            if (!teams.TryGetValue("Fraud Analytics", out var fraud) || !teams.TryGetValue("Customer Experience", out var support))
            {
                return; // no demo organisation to train
            }

            db.Courses.AddRange(
                Course("AIS-101", "AI literacy and the EU AI Act", "What the AI Act asks of everyone who builds, buys or uses AI systems here: risk tiers, transparency duties, prohibited practices, and whom to ask. Required by Art. 4 for all staff.", 45, 12, null, ["Administrator", "SecurityOfficer", "TeamLead", "ComplianceOfficer", "Staff"], []),
                Course("AIS-201", "Defending against prompt injection", "Direct and indirect injection, jailbreaks and data exfiltration through tools; input and output guards, privilege separation for agents, and how to test them. With a graded exercise.", 60, 12, 80, [], [fraud, support]),
                Course("AIS-210", "Model supply chain security", "Where model weights, datasets and dependencies come from; pinning and verifying SHA-256 digests, signatures, SBOMs for models, and what to do when an upstream model is compromised.", 50, null, null, [], []),
                Course("AIS-301", "Secure MLOps: signing, secrets and rollback", "Signed artifacts, encryption at rest with managed keys, secrets in pipelines, approval gates, and rehearsing a rollback before you need one. Required for everyone who approves releases.", 90, 24, 70, ["Administrator", "SecurityOfficer", "TeamLead"], []),
                Course("AIS-401", "Incident handling for ML systems", "Triage of model incidents (drift, poisoning, leakage, abuse), evidence to keep, SLA clocks, and when an incident is reportable under Art. 73.", 60, 12, null, ["SecurityOfficer"], []),
                Course("AIS-220", "Privacy in training data", "Data minimisation, pseudonymisation and retention for training and evaluation sets; membership inference and what it means for releasing a model.", 40, null, null, [], []));
            await db.SaveChangesAsync(cancellationToken);
        }

        await job.AssignMandatoryAsync(cancellationToken);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var courses = await db.Courses.AsNoTracking().ToDictionaryAsync(c => c.Code, cancellationToken);
            var assignments = await db.TrainingAssignments.ToListAsync(cancellationToken);
            foreach (var assignment in assignments)
            {
                var course = courses[assignment.CourseCode];
                var (assignedDaysAgo, completedDaysAgo, dueInDays, score) = History(assignment.UserEmail, assignment.CourseCode);
                assignment.DueOn = today.AddDays(dueInDays);
                if (completedDaysAgo is { } done)
                {
                    var completion = new TrainingCompletion(now.AddDays(-done), score, true, "I confirm I completed this course myself.");
                    assignment.Record(completion, course, assignment.UserEmail);
                    assignment.StartedAt = now.AddDays(-done - 1);
                }

                assignment.CreatedAt = now.AddDays(-assignedDaysAgo);
            }

            await db.SaveChangesAsync(cancellationToken);

            // The stamp interceptor dates rows by the save; the demo's history needs the days they were assigned.
            foreach (var assignment in assignments)
            {
                var (assignedDaysAgo, _, _, _) = History(assignment.UserEmail, assignment.CourseCode);
                var assignedAt = now.AddDays(-assignedDaysAgo);
                await db.TrainingAssignments.Where(a => a.Id == assignment.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.CreatedAt, assignedAt), cancellationToken);
            }
        }
    }

    /// <summary>Days ago assigned, days ago completed (null: open), due in days, score.</summary>
    private static (int AssignedDaysAgo, int? CompletedDaysAgo, int DueInDays, int? Score) History(string email, string code) => (email, code) switch
    {
        ("staff@demo.local", "AIS-201") => (20, null, 10, null),
        ("staff@demo.local", _) => (85, 62, -55, null),
        ("compliance@demo.local", _) => (45, null, -15, null),
        (_, "AIS-201") => (84, 40, -54, 92),
        (_, "AIS-301") => (84, 33, -54, 85),
        ("officer@demo.local", "AIS-401") => (80, 20, -50, null),
        _ => (86, 70 - (email.Length % 5) * 7, -56, null),
    };

    private static Course Course(string code, string title, string description, int minutes, int? months, int? pass, string[] roles, Guid[] teams)
    {
        var course = new Course
        {
            Code = code,
            Title = title,
            Description = description,
            Link = $"https://lms.example.com/courses/{code.ToLowerInvariant()}",
            DurationMinutes = minutes,
            RecurrenceMonths = months,
            PassingScore = pass,
        };
        course.MakeMandatoryFor(roles, teams);
        return course;
    }
}
