using InvestmentPipeline.Approvals.Domain.Instances;
using InvestmentPipeline.Approvals.Features.TimeLimits;
using InvestmentPipeline.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Data;

internal static class InstancesModel
{
    public static void MapInstances(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ApprovalInstance>(b =>
        {
            b.ToTable("Approvals_Instances");
            b.HasKey(i => i.Id);
            b.Property(i => i.Id).ValueGeneratedNever();
            b.Property(i => i.Regime).HasConversion<string>().HasMaxLength(16);
            b.Property(i => i.State).HasConversion<string>().HasMaxLength(16);
            b.Property(i => i.StartedByName).HasMaxLength(64);
            b.Property(i => i.ConcurrencyStamp).IsConcurrencyToken();
            // one running instance per project, guaranteed by the database under concurrent starts
            b.HasIndex(i => i.ProjectId).IsUnique().HasFilter("\"State\" = 'Running'").HasDatabaseName("IX_Approvals_Instances_RunningProject");
            b.HasIndex(i => i.ResponsibleDepartmentId);
            b.HasMany(i => i.Steps).WithOne().HasForeignKey(s => s.InstanceId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(i => i.Decisions).WithOne().HasForeignKey(d => d.InstanceId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ApprovalStep>(b =>
        {
            b.ToTable("Approvals_Steps");
            b.HasKey(s => s.Id);
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.Code).HasMaxLength(32);
            b.Property(s => s.Name).HasMaxLength(64);
            b.Property(s => s.DepartmentCode).HasMaxLength(32);
            b.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
            b.Property(s => s.Prerequisites).AsJsonList();
            b.Property(s => s.NotApplicableReason).HasMaxLength(500);
            b.Property(s => s.HandlerName).HasMaxLength(64);
            b.Property(s => s.ConcurrencyStamp).IsConcurrencyToken();
            b.Ignore(s => s.IsDone);
            b.HasIndex(s => new { s.InstanceId, s.Code }).IsUnique();
            b.HasIndex(s => new { s.DepartmentId, s.State });
        });
        modelBuilder.Entity<ApprovalDecision>(b =>
        {
            b.ToTable("Approvals_Decisions");
            b.HasKey(d => d.Id);
            b.Property(d => d.Id).ValueGeneratedNever();
            b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(d => d.Comment).HasMaxLength(2000);
            b.Property(d => d.UserName).HasMaxLength(64);
            b.HasIndex(d => d.StepId);
        });
        modelBuilder.Entity<ApprovalAttachment>(b =>
        {
            b.ToTable("Approvals_Attachments");
            b.HasKey(a => a.Id);
            b.Property(a => a.Id).ValueGeneratedNever();
            b.Property(a => a.FileName).HasMaxLength(200);
            b.Property(a => a.ContentType).HasMaxLength(64);
            b.Property(a => a.StoredPath).HasMaxLength(300);
            b.HasIndex(a => a.StepId);
            b.HasIndex(a => a.DecisionId);
        });
        modelBuilder.Entity<ApprovalReminder>(b =>
        {
            b.ToTable("Approvals_Reminders");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.ProjectName).HasMaxLength(ApprovalReminder.ProjectNameMaxLength);
            b.Property(r => r.StepName).HasMaxLength(64);
            b.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
            // once per step, round, level and recipient department, guaranteed by the database
            b.HasIndex(r => new { r.StepId, r.Round, r.Level, r.DepartmentId }).IsUnique();
            b.HasIndex(r => new { r.DepartmentId, r.CreatedAtUtc });
        });
        modelBuilder.Entity<ApprovalRequestRecord>(b =>
        {
            b.ToTable("Approvals_RequestRecords");
            b.HasKey(r => r.Key);
            b.Property(r => r.Key).HasMaxLength(100);
        });
    }
}
