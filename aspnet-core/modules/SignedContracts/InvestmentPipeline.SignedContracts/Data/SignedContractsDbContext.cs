using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.SignedContracts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InvestmentPipeline.SignedContracts.Data;

internal abstract class SignedContractsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string ModuleName = "SignedContracts";

    public DbSet<SignedContract> Contracts => Set<SignedContract>();

    public DbSet<FundEntry> Funds => Set<FundEntry>();

    public DbSet<ContractMilestone> Milestones => Set<ContractMilestone>();

    public DbSet<ContractProblem> Problems => Set<ContractProblem>();

    public DbSet<ContractRateDefinition> RateDefinitions => Set<ContractRateDefinition>();

    public DbSet<ContractSettings> Settings => Set<ContractSettings>();

    public DbSet<ContractReminder> Reminders => Set<ContractReminder>();

    protected override string Module => ModuleName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SignedContract>(b =>
        {
            b.ToTable("SignedContracts_Contracts");
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.Number).HasMaxLength(SignedContract.NumberMaxLength);
            b.Property(c => c.ProjectName).HasMaxLength(SignedContract.NameMaxLength);
            b.Property(c => c.CompanyName).HasMaxLength(SignedContract.NameMaxLength);
            b.Property(c => c.MatchKey).HasMaxLength(2 * SignedContract.NameMaxLength + 1);
            b.Property(c => c.CreditCode).HasMaxLength(18);
            b.Property(c => c.SigningEvent).HasMaxLength(SignedContract.EventMaxLength);
            b.Property(c => c.IndustryCode).HasMaxLength(32);
            b.Property(c => c.State).HasConversion<string>().HasMaxLength(24);
            b.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
            b.Ignore(c => c.FundsArrived);
            b.Ignore(c => c.Terms);
            b.Ignore(c => c.HasStarted);
            b.HasMany(c => c.Milestones).WithOne().HasForeignKey(m => m.ContractId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(c => c.Milestones).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.HasMany(c => c.Funds).WithOne().HasForeignKey(f => f.ContractId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(c => c.Funds).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.HasMany(c => c.Problems).WithOne().HasForeignKey(p => p.ContractId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(c => c.Problems).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.HasMany(c => c.History).WithOne().HasForeignKey(e => e.ContractId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field);
            b.HasIndex(c => c.Number).IsUnique();
            b.HasIndex(c => c.MatchKey);
            b.HasIndex(c => new { c.SignedYear, c.SigningEvent });
            b.HasIndex(c => new { c.ResponsibleDepartmentId, c.State });
            b.HasIndex(c => c.LeadId);
        });
        modelBuilder.Entity<ContractMilestone>(b =>
        {
            b.ToTable("SignedContracts_Milestones");
            b.HasKey(m => new { m.ContractId, m.Kind });
            b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(24);
            b.Property(m => m.Note).HasMaxLength(500);
            b.HasIndex(m => new { m.ActualOn, m.PlannedOn });
        });
        modelBuilder.Entity<FundEntry>(b =>
        {
            b.ToTable("SignedContracts_Funds");
            b.HasKey(f => f.Id);
            b.Property(f => f.Id).ValueGeneratedNever();
            b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(f => f.Note).HasMaxLength(500);
            b.Property(f => f.FileName).HasMaxLength(200);
            b.Property(f => f.ContentType).HasMaxLength(32);
            b.Property(f => f.StoredPath).HasMaxLength(300);
            b.Property(f => f.UploadedBy).HasMaxLength(64);
            b.HasIndex(f => f.ContractId);
        });
        modelBuilder.Entity<ContractProblem>(b =>
        {
            b.ToTable("SignedContracts_Problems");
            b.HasKey(p => p.Id);
            b.Property(p => p.Id).ValueGeneratedNever();
            b.Property(p => p.Description).HasMaxLength(SignedContract.TextMaxLength);
            b.Property(p => p.AssignedDepartmentName).HasMaxLength(200);
            b.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(p => p.Resolution).HasMaxLength(SignedContract.TextMaxLength);
            b.Property(p => p.ResolvedBy).HasMaxLength(64);
            b.Property(p => p.CreatedBy).HasMaxLength(64);
            b.HasIndex(p => new { p.AssignedDepartmentId, p.Status });
            b.HasIndex(p => p.ContractId);
        });
        modelBuilder.Entity<ContractEvent>(b =>
        {
            b.ToTable("SignedContracts_History");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.FromState).HasConversion<string>().HasMaxLength(24);
            b.Property(e => e.ToState).HasConversion<string>().HasMaxLength(24);
            b.Property(e => e.Text).HasMaxLength(SignedContract.TextMaxLength);
            b.Property(e => e.ByName).HasMaxLength(64);
            b.HasIndex(e => e.ContractId);
        });
        modelBuilder.Entity<ContractRateDefinition>(b =>
        {
            b.ToTable("SignedContracts_RateDefinitions");
            b.HasKey(d => d.Id);
            b.Property(d => d.Code).HasConversion<string>().HasMaxLength(32);
            b.Property(d => d.Name).HasMaxLength(32);
            b.Property(d => d.Numerator).HasMaxLength(200);
            b.Property(d => d.Denominator).HasMaxLength(200);
            b.Property(d => d.Scope).HasMaxLength(500);
            b.HasIndex(d => d.Code).IsUnique();
        });
        modelBuilder.Entity<ContractSettings>(b =>
        {
            b.ToTable("SignedContracts_Settings");
            b.HasKey(s => s.Id);
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.ConcurrencyStamp).IsConcurrencyToken();
        });
        modelBuilder.Entity<ContractReminder>(b =>
        {
            b.ToTable("SignedContracts_Reminders");
            b.HasKey(r => r.Id);
            b.Property(r => r.ContractNumber).HasMaxLength(SignedContract.NumberMaxLength);
            b.Property(r => r.ProjectName).HasMaxLength(SignedContract.NameMaxLength);
            b.Property(r => r.Reason).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.Milestone).HasMaxLength(24);
            b.Property(r => r.Level).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.Text).HasMaxLength(500);
            b.HasIndex(r => new { r.ContractId, r.Reason, r.Milestone, r.Level }).IsUnique();
            b.HasIndex(r => new { r.DepartmentId, r.CreatedAtUtc });
        });
    }
}

internal sealed class SqliteSignedContractsDbContext(DbContextOptions<SqliteSignedContractsDbContext> options) : SignedContractsDbContext(options);

internal sealed class PostgresSignedContractsDbContext(DbContextOptions<PostgresSignedContractsDbContext> options) : SignedContractsDbContext(options);

internal sealed class SqliteSignedContractsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSignedContractsDbContext>
{
    public SqliteSignedContractsDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Sqlite<SqliteSignedContractsDbContext>(SignedContractsDbContext.ModuleName));
}

internal sealed class PostgresSignedContractsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSignedContractsDbContext>
{
    public PostgresSignedContractsDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Postgres<PostgresSignedContractsDbContext>(SignedContractsDbContext.ModuleName));
}
