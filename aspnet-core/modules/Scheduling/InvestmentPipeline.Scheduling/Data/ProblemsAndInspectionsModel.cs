using InvestmentPipeline.Scheduling.Domain.Inspections;
using InvestmentPipeline.Scheduling.Domain.Problems;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Data;

/// <summary>The tables of 问题清单 and 督查; indexes follow the lists' filters (year, status, deadline, department).</summary>
internal static class ProblemsAndInspectionsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CoordinationProblem>(b =>
        {
            b.ToTable("Scheduling_Problems");
            b.HasKey(p => p.Id);
            b.Property(p => p.Id).ValueGeneratedNever();
            b.Property(p => p.ProjectName).HasMaxLength(200);
            b.Property(p => p.CategoryCode).HasMaxLength(32);
            b.Property(p => p.Description).HasMaxLength(CoordinationProblem.TextMaxLength);
            b.Property(p => p.AssignedDepartmentName).HasMaxLength(200);
            b.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(p => p.EscalationLevel).HasConversion<string>().HasMaxLength(32);
            b.Property(p => p.Resolution).HasMaxLength(CoordinationProblem.TextMaxLength);
            b.Property(p => p.Evidence).HasMaxLength(CoordinationProblem.TextMaxLength);
            b.Property(p => p.CreatedBy).HasMaxLength(64);
            b.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
            b.Ignore(p => p.Escalated);
            b.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.ProblemId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(p => p.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.HasIndex(p => new { p.Year, p.Status, p.Deadline });
            b.HasIndex(p => new { p.AssignedDepartmentId, p.Status });
            b.HasIndex(p => p.ProjectDepartmentId);
            b.HasIndex(p => new { p.Status, p.Deadline });
        });
        modelBuilder.Entity<ProblemEvent>(b =>
        {
            b.ToTable("Scheduling_ProblemEvents");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.EscalationLevel).HasConversion<string>().HasMaxLength(32);
            b.Property(e => e.Text).HasMaxLength(CoordinationProblem.TextMaxLength);
            b.Property(e => e.By).HasMaxLength(64);
            b.HasIndex(e => e.ProblemId);
        });
        ConfigureInspections(modelBuilder);
    }

    private static void ConfigureInspections(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Inspection>(b =>
        {
            b.ToTable("Scheduling_Inspections");
            b.HasKey(i => i.Id);
            b.Property(i => i.Id).ValueGeneratedNever();
            b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(i => i.Inspectors).HasMaxLength(200);
            b.Property(i => i.Findings).HasMaxLength(Inspection.TextMaxLength);
            b.Property(i => i.CreatedBy).HasMaxLength(64);
            b.Property(i => i.ConcurrencyStamp).IsConcurrencyToken();
            b.HasMany(i => i.Projects).WithOne().HasForeignKey(p => p.InspectionId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(i => i.Projects).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.HasMany(i => i.Items).WithOne().HasForeignKey(r => r.InspectionId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(i => i.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.HasIndex(i => new { i.Year, i.Kind, i.Date });
        });
        modelBuilder.Entity<InspectedProject>(b =>
        {
            b.ToTable("Scheduling_InspectedProjects");
            b.HasKey(p => new { p.InspectionId, p.ProjectId });
            b.Property(p => p.ProjectName).HasMaxLength(200);
            b.HasIndex(p => p.ProjectId);
        });
        modelBuilder.Entity<RectificationItem>(b =>
        {
            b.ToTable("Scheduling_RectificationItems");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.InspectionKind).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.ProjectName).HasMaxLength(200);
            b.Property(r => r.Description).HasMaxLength(RectificationItem.TextMaxLength);
            b.Property(r => r.ResponsibleDepartmentName).HasMaxLength(200);
            b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.EscalationLevel).HasConversion<string>().HasMaxLength(32);
            b.Property(r => r.Report).HasMaxLength(RectificationItem.TextMaxLength);
            b.Property(r => r.VerificationComment).HasMaxLength(RectificationItem.TextMaxLength);
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            b.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.ItemId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(r => r.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.HasIndex(r => new { r.ResponsibleDepartmentId, r.Status, r.Deadline });
            b.HasIndex(r => new { r.Status, r.Deadline });
            b.HasIndex(r => r.Year);
        });
        modelBuilder.Entity<RectificationEvent>(b =>
        {
            b.ToTable("Scheduling_RectificationEvents");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
            b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.EscalationLevel).HasConversion<string>().HasMaxLength(32);
            b.Property(e => e.Text).HasMaxLength(RectificationItem.TextMaxLength);
            b.Property(e => e.By).HasMaxLength(64);
            b.HasIndex(e => e.ItemId);
        });
    }
}
