using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Leads.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InvestmentPipeline.Leads.Data;

internal abstract class LeadsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string ModuleName = "Leads";

    public DbSet<TargetIndustry> Industries => Set<TargetIndustry>();

    public DbSet<Lead> Leads => Set<Lead>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    public DbSet<LeadReminder> Reminders => Set<LeadReminder>();

    public DbSet<LeadSettings> Settings => Set<LeadSettings>();

    protected override string Module => ModuleName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TargetIndustry>(b =>
        {
            b.ToTable("Leads_Industries");
            b.HasKey(i => i.Id);
            b.Property(i => i.Code).HasMaxLength(TargetIndustry.CodeMaxLength);
            b.Property(i => i.Name).HasMaxLength(TargetIndustry.NameMaxLength);
            b.Property(i => i.Chain).HasMaxLength(TargetIndustry.ChainMaxLength);
            b.Property(i => i.Targets).HasMaxLength(TargetIndustry.TargetsMaxLength);
            b.Property(i => i.ConcurrencyStamp).IsConcurrencyToken();
            b.HasIndex(i => i.Code).IsUnique();
            b.HasIndex(i => i.Name).IsUnique();
        });
        modelBuilder.Entity<Lead>(b =>
        {
            b.ToTable("Leads_Leads");
            b.HasKey(l => l.Id);
            b.Property(l => l.Id).ValueGeneratedNever();
            b.Property(l => l.CompanyName).HasMaxLength(Lead.CompanyMaxLength);
            b.Property(l => l.NormalizedCompanyName).HasMaxLength(Lead.CompanyMaxLength);
            b.Property(l => l.CreditCode).HasMaxLength(18);
            b.Property(l => l.ProjectIntent).HasMaxLength(Lead.IntentMaxLength);
            b.Property(l => l.IndustryCode).HasMaxLength(TargetIndustry.CodeMaxLength);
            b.Property(l => l.Source).HasConversion<string>().HasMaxLength(16);
            b.Property(l => l.SourceDetail).HasMaxLength(Lead.SourceDetailMaxLength);
            b.Property(l => l.OwnerName).HasMaxLength(64);
            b.Property(l => l.Stage).HasConversion<string>().HasMaxLength(16);
            b.Property(l => l.HighestStage).HasConversion<string>().HasMaxLength(16);
            b.Property(l => l.AbandonReason).HasMaxLength(Lead.ReasonMaxLength);
            b.Property(l => l.NextAction).HasMaxLength(FollowUp.NextActionMaxLength);
            b.Property(l => l.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(l => l.Contacts).AsJsonList().HasMaxLength(4000);
            b.HasMany(l => l.StageChanges).WithOne().HasForeignKey("LeadId").OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(l => l.NormalizedCompanyName);
            b.HasIndex(l => l.CreditCode);
            b.HasIndex(l => new { l.OwnerDepartmentId, l.Stage });
            b.HasIndex(l => new { l.Stage, l.NextActionOn });
            b.HasIndex(l => l.CreatedOn);
        });
        modelBuilder.Entity<LeadStageChange>(b =>
        {
            b.ToTable("Leads_StageChanges");
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.From).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.To).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.Reason).HasMaxLength(Lead.ReasonMaxLength);
            b.Property(c => c.By).HasMaxLength(64);
        });
        modelBuilder.Entity<FollowUp>(b =>
        {
            b.ToTable("Leads_FollowUps");
            b.HasKey(f => f.Id);
            b.Property(f => f.Id).ValueGeneratedNever();
            b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(f => f.People).HasMaxLength(FollowUp.PeopleMaxLength);
            b.Property(f => f.Notes).HasMaxLength(FollowUp.NotesMaxLength);
            b.Property(f => f.NextAction).HasMaxLength(FollowUp.NextActionMaxLength);
            b.Property(f => f.RecordedBy).HasMaxLength(64);
            b.HasOne<Lead>().WithMany().HasForeignKey(f => f.LeadId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(f => new { f.LeadId, f.OccurredOn });
        });
        modelBuilder.Entity<LeadReminder>(b =>
        {
            b.ToTable("Leads_Reminders");
            b.HasKey(r => r.Id);
            b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.Text).HasMaxLength(LeadReminder.TextMaxLength);
            b.HasIndex(r => new { r.LeadId, r.Kind, r.DueOn }).IsUnique();
            b.HasIndex(r => new { r.OwnerUserId, r.CreatedAtUtc });
        });
        modelBuilder.Entity<LeadSettings>(b =>
        {
            b.ToTable("Leads_Settings");
            b.HasKey(s => s.Id);
            b.Property(s => s.ConcurrencyStamp).IsConcurrencyToken();
        });
    }
}

internal sealed class SqliteLeadsDbContext(DbContextOptions<SqliteLeadsDbContext> options) : LeadsDbContext(options);

internal sealed class PostgresLeadsDbContext(DbContextOptions<PostgresLeadsDbContext> options) : LeadsDbContext(options);

internal sealed class SqliteLeadsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLeadsDbContext>
{
    public SqliteLeadsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteLeadsDbContext>(LeadsDbContext.ModuleName));
}

internal sealed class PostgresLeadsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLeadsDbContext>
{
    public PostgresLeadsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresLeadsDbContext>(LeadsDbContext.ModuleName));
}
