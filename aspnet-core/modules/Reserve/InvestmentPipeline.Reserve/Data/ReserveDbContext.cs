using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Reserve.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InvestmentPipeline.Reserve.Data;

internal abstract class ReserveDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string ModuleName = "Reserve";

    public DbSet<Sector> Sectors => Set<Sector>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<PreWorkFundYear> PreWorkFundYears => Set<PreWorkFundYear>();

    public DbSet<AnnualPlan> AnnualPlans => Set<AnnualPlan>();

    public DbSet<PlanEntry> PlanEntries => Set<PlanEntry>();

    public DbSet<RankingCriterion> RankingCriteria => Set<RankingCriterion>();

    public DbSet<ProjectAssessment> ProjectAssessments => Set<ProjectAssessment>();

    protected override string Module => ModuleName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Sector>(b =>
        {
            b.ToTable("Reserve_Sectors");
            b.HasKey(s => s.Id);
            b.Property(s => s.Code).HasMaxLength(32);
            b.Property(s => s.Name).HasMaxLength(32);
            b.HasIndex(s => s.Code).IsUnique();
        });
        modelBuilder.Entity<Project>(b =>
        {
            b.ToTable("Reserve_Projects");
            b.HasKey(p => p.Id);
            b.Property(p => p.Name).HasMaxLength(Project.NameMaxLength);
            b.Property(p => p.NormalizedName).HasMaxLength(Project.NameMaxLength);
            b.Property(p => p.Code).HasMaxLength(32);
            b.Property(p => p.SectorCode).HasMaxLength(32);
            b.Property(p => p.ProjectUnit).HasMaxLength(Project.UnitMaxLength);
            b.Property(p => p.Scope).HasMaxLength(Project.ScopeMaxLength);
            b.Property(p => p.TerminationReason).HasMaxLength(Project.ReasonMaxLength);
            b.Property(p => p.Regime).HasConversion<string>().HasMaxLength(16);
            b.Property(p => p.State).HasConversion<string>().HasMaxLength(24);
            b.Property(p => p.Maturity).HasConversion<string>().HasMaxLength(16);
            b.Property(p => p.ReviewStatus).HasConversion<string>().HasMaxLength(16);
            b.Property(p => p.ReviewComment).HasMaxLength(Project.ReasonMaxLength);
            b.Property(p => p.LandPlan).HasMaxLength(Project.LandPlanMaxLength);
            b.Property(p => p.FeasibilityApproval).HasMaxLength(Project.FeasibilityApprovalMaxLength);
            b.Property(p => p.RevenuePlan).HasMaxLength(Project.RevenuePlanMaxLength);
            b.Ignore(p => p.Details);
            b.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(p => p.FundingSources).AsJsonList().HasMaxLength(8000);
            b.Ignore(p => p.SecuredFunding);
            b.Property(p => p.SignedContractNumber).HasMaxLength(32);
            b.HasIndex(p => p.SignedContractId);
            b.HasIndex(p => p.Code).IsUnique();
            b.HasIndex(p => p.NormalizedName);
            b.HasIndex(p => new { p.ResponsibleDepartmentId, p.State });
            b.HasIndex(p => p.TownId);
            b.HasIndex(p => new { p.State, p.SectorCode });
            b.HasIndex(p => new { p.ReviewStatus, p.Maturity });
        });
        modelBuilder.Entity<PreWorkFundYear>(b =>
        {
            b.ToTable("Reserve_PreWorkFundYears");
            b.HasKey(y => y.Year);
            b.Property(y => y.Year).ValueGeneratedNever();
            b.Property(y => y.ConcurrencyStamp).IsConcurrencyToken();
            b.Ignore(y => y.Allocated);
            b.Ignore(y => y.Spent);
            b.HasMany(y => y.Allocations).WithOne().HasForeignKey(a => a.Year);
        });
        modelBuilder.Entity<PreWorkAllocation>(b =>
        {
            b.ToTable("Reserve_PreWorkAllocations");
            b.HasKey(a => a.Id);
            // Ids are made by the domain: a new allocation found in a loaded year's collection is an insert, not an update.
            b.Property(a => a.Id).ValueGeneratedNever();
            b.Property(a => a.Purpose).HasMaxLength(200);
            b.Ignore(a => a.Spent);
            b.HasIndex(a => a.ProjectId);
            b.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(a => a.Spendings).WithOne().HasForeignKey(s => s.AllocationId);
        });
        modelBuilder.Entity<PreWorkSpending>(b =>
        {
            b.ToTable("Reserve_PreWorkSpendings");
            b.HasKey(s => s.Id);
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.Description).HasMaxLength(200);
        });
        ConfigurePlan(modelBuilder);
        ConfigureRanking(modelBuilder);
    }

    private static void ConfigureRanking(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RankingCriterion>(b =>
        {
            b.ToTable("Reserve_RankingCriteria");
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.Code).HasMaxLength(RankingCriterion.CodeMaxLength);
            b.Property(c => c.Name).HasMaxLength(RankingCriterion.NameMaxLength);
            b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
            b.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
            b.HasIndex(c => c.Code).IsUnique();
        });
        modelBuilder.Entity<ProjectAssessment>(b =>
        {
            b.ToTable("Reserve_ProjectAssessments");
            b.HasKey(a => a.Id);
            b.Property(a => a.Id).ValueGeneratedNever();
            b.Property(a => a.Note).HasMaxLength(ProjectAssessment.NoteMaxLength);
            b.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
            b.HasIndex(a => new { a.ProjectId, a.CriterionId }).IsUnique();
            b.HasOne<Project>().WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<RankingCriterion>().WithMany().HasForeignKey(a => a.CriterionId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    private static void ConfigurePlan(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AnnualPlan>(b =>
        {
            b.ToTable("Reserve_AnnualPlans");
            b.HasKey(p => p.Year);
            b.Property(p => p.Year).ValueGeneratedNever();
            b.Property(p => p.Targets).AsJsonList().HasMaxLength(2000);
            b.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
        });
        modelBuilder.Entity<PlanEntry>(b =>
        {
            b.ToTable("Reserve_PlanEntries");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.Type).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.Leader).HasMaxLength(PlanEntry.TextMaxLength);
            b.Property(e => e.SectorCode).HasMaxLength(32);
            b.Property(e => e.ProjectUnit).HasMaxLength(Project.UnitMaxLength);
            b.Property(e => e.ResponsiblePerson).HasMaxLength(PlanEntry.TextMaxLength);
            b.Property(e => e.Phone).HasMaxLength(32);
            b.Property(e => e.FundingNote).HasMaxLength(PlanEntry.FundingNoteMaxLength);
            b.Property(e => e.Milestones).AsJsonList().HasMaxLength(2000);
            b.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
            b.Ignore(e => e.Details);
            b.Ignore(e => e.YearValues);
            b.HasIndex(e => new { e.Year, e.ProjectId }).IsUnique();
            b.HasIndex(e => new { e.Year, e.ResponsibleDepartmentId });
            b.HasIndex(e => new { e.Year, e.TownId });
            b.HasIndex(e => new { e.Year, e.Type });
            b.HasIndex(e => e.ProjectId);
            b.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Restrict);
        });
    }

}

internal sealed class SqliteReserveDbContext(DbContextOptions<SqliteReserveDbContext> options) : ReserveDbContext(options);

internal sealed class PostgresReserveDbContext(DbContextOptions<PostgresReserveDbContext> options) : ReserveDbContext(options);

internal sealed class SqliteReserveDesignTimeFactory : IDesignTimeDbContextFactory<SqliteReserveDbContext>
{
    public SqliteReserveDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteReserveDbContext>(ReserveDbContext.ModuleName));
}

internal sealed class PostgresReserveDesignTimeFactory : IDesignTimeDbContextFactory<PostgresReserveDbContext>
{
    public PostgresReserveDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresReserveDbContext>(ReserveDbContext.ModuleName));
}
