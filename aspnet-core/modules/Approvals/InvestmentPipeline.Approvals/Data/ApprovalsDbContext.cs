using InvestmentPipeline.Approvals.Domain;
using InvestmentPipeline.Approvals.Domain.Instances;
using InvestmentPipeline.Approvals.Domain.Templates;
using InvestmentPipeline.Approvals.Features.TimeLimits;
using InvestmentPipeline.Approvals.Workflows.Store;
using InvestmentPipeline.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InvestmentPipeline.Approvals.Data;

internal abstract class ApprovalsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string ModuleName = "Approvals";

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<ApprovalTemplate> ApprovalTemplates => Set<ApprovalTemplate>();

    public DbSet<ApprovalTemplateVersion> ApprovalTemplateVersions => Set<ApprovalTemplateVersion>();

    public DbSet<ApprovalInstance> ApprovalInstances => Set<ApprovalInstance>();

    public DbSet<ApprovalStep> ApprovalSteps => Set<ApprovalStep>();

    public DbSet<ApprovalDecision> ApprovalDecisions => Set<ApprovalDecision>();

    public DbSet<ApprovalRequestRecord> ApprovalRequestRecords => Set<ApprovalRequestRecord>();

    public DbSet<ApprovalAttachment> ApprovalAttachments => Set<ApprovalAttachment>();

    public DbSet<ApprovalReminder> ApprovalReminders => Set<ApprovalReminder>();

    public DbSet<StoredWorkflow> WorkflowInstances => Set<StoredWorkflow>();

    public DbSet<StoredEvent> WorkflowEvents => Set<StoredEvent>();

    public DbSet<StoredSubscription> WorkflowSubscriptions => Set<StoredSubscription>();

    public DbSet<StoredExecutionError> WorkflowErrors => Set<StoredExecutionError>();

    protected override string Module => ModuleName;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CalendarDay>(b =>
        {
            b.ToTable("Approvals_CalendarDays");
            b.HasKey(d => d.Date);
            b.Property(d => d.Name).HasMaxLength(32);
            b.Property(d => d.ConcurrencyStamp).IsConcurrencyToken();
        });
        modelBuilder.MapTemplates();
        modelBuilder.MapInstances();
        modelBuilder.MapWorkflowStore();
    }
}

internal sealed class SqliteApprovalsDbContext(DbContextOptions<SqliteApprovalsDbContext> options) : ApprovalsDbContext(options);

internal sealed class PostgresApprovalsDbContext(DbContextOptions<PostgresApprovalsDbContext> options) : ApprovalsDbContext(options);

internal sealed class SqliteApprovalsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteApprovalsDbContext>
{
    public SqliteApprovalsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Sqlite<SqliteApprovalsDbContext>(ApprovalsDbContext.ModuleName));
}

internal sealed class PostgresApprovalsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresApprovalsDbContext>
{
    public PostgresApprovalsDbContext CreateDbContext(string[] args) => new(DesignTimeOptions.Postgres<PostgresApprovalsDbContext>(ApprovalsDbContext.ModuleName));
}
