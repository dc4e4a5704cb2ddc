using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.Scheduling.Domain.Inspections;
using InvestmentPipeline.Scheduling.Domain.Problems;
using InvestmentPipeline.Scheduling.Domain.Warnings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InvestmentPipeline.Scheduling.Data;

internal abstract class SchedulingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string ModuleName = "Scheduling";

    public DbSet<ProblemCategory> ProblemCategories => Set<ProblemCategory>();

    public DbSet<MonthlyReport> MonthlyReports => Set<MonthlyReport>();

    public DbSet<RateDefinition> RateDefinitions => Set<RateDefinition>();

    public DbSet<HistoricalInvestment> HistoricalInvestments => Set<HistoricalInvestment>();

    public DbSet<WarningRule> WarningRules => Set<WarningRule>();

    public DbSet<Warning> Warnings => Set<Warning>();

    public DbSet<WarningEvent> WarningEvents => Set<WarningEvent>();

    public DbSet<WarningEvaluation> WarningEvaluations => Set<WarningEvaluation>();

    public DbSet<Brief> Briefs => Set<Brief>();

    public DbSet<CoordinationProblem> Problems => Set<CoordinationProblem>();

    public DbSet<Inspection> Inspections => Set<Inspection>();

    public DbSet<RectificationItem> RectificationItems => Set<RectificationItem>();
    public DbSet<ReportingSettings> ReportingSettings => Set<ReportingSettings>();

    public DbSet<ProgressReminder> ProgressReminders => Set<ProgressReminder>();

    public DbSet<ReportPhoto> ReportPhotos => Set<ReportPhoto>();

    public DbSet<PreProceduresCompletion> PreProceduresCompletions => Set<PreProceduresCompletion>();

    protected override string Module => ModuleName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProblemCategory>(b =>
        {
            b.ToTable("Scheduling_ProblemCategories");
            b.HasKey(c => c.Id);
            b.Property(c => c.Code).HasMaxLength(32);
            b.Property(c => c.Name).HasMaxLength(32);
            b.HasIndex(c => c.Code).IsUnique();
        });
        modelBuilder.Entity<MonthlyReport>(b =>
        {
            b.ToTable("Scheduling_MonthlyReports");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.Progress).HasMaxLength(MonthlyReport.TextMaxLength);
            b.Property(r => r.Problem).HasMaxLength(MonthlyReport.TextMaxLength);
            b.Property(r => r.ProblemCategoryCode).HasMaxLength(32);
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            b.Ignore(r => r.Details);
            // One report per project and month; the year's reports of a project are read together for its cumulative.
            b.HasIndex(r => new { r.ProjectId, r.Year, r.Month }).IsUnique();
            b.HasIndex(r => new { r.Year, r.Month });
        });
        modelBuilder.Entity<RateDefinition>(b =>
        {
            b.ToTable("Scheduling_RateDefinitions");
            b.HasKey(d => d.Id);
            b.Property(d => d.Code).HasConversion<string>().HasMaxLength(32);
            b.Property(d => d.Name).HasMaxLength(32);
            b.Property(d => d.Numerator).HasMaxLength(200);
            b.Property(d => d.Denominator).HasMaxLength(200);
            b.Property(d => d.Scope).HasMaxLength(500);
            b.HasIndex(d => d.Code).IsUnique();
        });
        modelBuilder.Entity<HistoricalInvestment>(b =>
        {
            b.ToTable("Scheduling_HistoricalInvestments");
            b.HasKey(h => new { h.Year, h.Month });
        });
        modelBuilder.Entity<Brief>(b =>
        {
            b.ToTable("Scheduling_Briefs");
            b.HasKey(x => x.Id);
            b.Property(x => x.Title).HasMaxLength(200);
            b.Property(x => x.GeneratedBy).HasMaxLength(64);
            b.HasIndex(x => x.GeneratedAtUtc);
        });
        modelBuilder.Entity<ReportingSettings>(b =>
        {
            b.ToTable("Scheduling_ReportingSettings");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
        });
        modelBuilder.Entity<ProgressReminder>(b =>
        {
            b.ToTable("Scheduling_ProgressReminders");
            b.HasKey(x => x.Id);
            b.Property(x => x.DepartmentName).HasMaxLength(200);
            b.Property(x => x.Projects).HasMaxLength(ProgressReminder.ProjectsMaxLength);
            b.HasIndex(x => new { x.DepartmentId, x.Year, x.Month, x.SentOn }).IsUnique();
            b.HasIndex(x => x.CreatedAtUtc);
        });
        modelBuilder.Entity<ReportPhoto>(b =>
        {
            b.ToTable("Scheduling_ReportPhotos");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedNever();
            b.Property(x => x.FileName).HasMaxLength(200);
            b.Property(x => x.ContentType).HasMaxLength(32);
            b.Property(x => x.UploadedBy).HasMaxLength(64);
            b.HasIndex(x => new { x.ProjectId, x.Year, x.Month });
        });
        modelBuilder.Entity<PreProceduresCompletion>(b =>
        {
            b.ToTable("Scheduling_PreProceduresCompletions");
            b.HasKey(x => x.ProjectId);
            b.Property(x => x.ProjectId).ValueGeneratedNever();
        });
        ConfigureWarnings(modelBuilder);
        ProblemsAndInspectionsModel.Configure(modelBuilder);
    }

    private static void ConfigureWarnings(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WarningRule>(b =>
        {
            b.ToTable("Scheduling_WarningRules");
            b.HasKey(r => r.Id);
            b.Property(r => r.Code).HasConversion<string>().HasMaxLength(32);
            b.Property(r => r.Name).HasMaxLength(32);
            b.Property(r => r.Measure).HasMaxLength(200);
            b.Property(r => r.Unit).HasMaxLength(16);
            b.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
            b.Ignore(r => r.Thresholds);
            b.HasIndex(r => r.Code).IsUnique();
        });
        modelBuilder.Entity<Warning>(b =>
        {
            b.ToTable("Scheduling_Warnings");
            b.HasKey(w => w.Id);
            b.Property(w => w.Id).ValueGeneratedNever();
            b.Property(w => w.Rule).HasConversion<string>().HasMaxLength(32);
            b.Property(w => w.Level).HasConversion<string>().HasMaxLength(16);
            b.Property(w => w.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(w => w.Exemption).HasConversion<string>().HasMaxLength(16);
            b.Property(w => w.ProjectName).HasMaxLength(200);
            b.Property(w => w.ProjectCode).HasMaxLength(64);
            b.Property(w => w.ResponsibleUnit).HasMaxLength(200);
            b.Property(w => w.Data).HasMaxLength(Warning.TextMaxLength);
            b.Property(w => w.ExemptionReason).HasMaxLength(Warning.TextMaxLength);
            b.Property(w => w.ExemptionComment).HasMaxLength(Warning.TextMaxLength);
            b.Property(w => w.ExemptionRequestedBy).HasMaxLength(64);
            b.Property(w => w.ExemptionDecidedBy).HasMaxLength(64);
            b.Property(w => w.ConcurrencyStamp).IsConcurrencyToken();
            b.HasMany(w => w.Events).WithOne().HasForeignKey(e => e.WarningId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(w => w.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
            // One warning per cause: the evaluation reopens it rather than raising it again.
            b.HasIndex(w => new { w.ProjectId, w.Year, w.Rule }).IsUnique();
            b.HasIndex(w => new { w.Year, w.Status, w.Level });
        });
        modelBuilder.Entity<WarningEvent>(b =>
        {
            b.ToTable("Scheduling_WarningEvents");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
            b.Property(e => e.Level).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.Text).HasMaxLength(Warning.TextMaxLength);
            b.Property(e => e.By).HasMaxLength(64);
            b.HasIndex(e => e.WarningId);
        });
        modelBuilder.Entity<WarningEvaluation>(b =>
        {
            b.ToTable("Scheduling_WarningEvaluations");
            b.HasKey(e => e.Id);
            b.Property(e => e.Trigger).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.By).HasMaxLength(64);
            b.HasIndex(e => new { e.Year, e.Month });
            b.HasIndex(e => e.StartedAtUtc);
        });
    }
}

internal sealed class SqliteSchedulingDbContext(DbContextOptions<SqliteSchedulingDbContext> options) : SchedulingDbContext(options);

internal sealed class PostgresSchedulingDbContext(DbContextOptions<PostgresSchedulingDbContext> options) : SchedulingDbContext(options);

internal sealed class SqliteSchedulingDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSchedulingDbContext>
{
    public SqliteSchedulingDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteSchedulingDbContext>(SchedulingDbContext.ModuleName));
}

internal sealed class PostgresSchedulingDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSchedulingDbContext>
{
    public PostgresSchedulingDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresSchedulingDbContext>(SchedulingDbContext.ModuleName));
}
