using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Infrastructure.Persistence;

/// <summary>
/// Base of a module's context: app conventions, the module's schema on PostgreSQL, its outbox, and the shared
/// audit table (so a change and its audit rows commit together). Tables are named with the module prefix.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    protected abstract string Module { get; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyAppConventions();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (Database.IsNpgsql())
        {
            modelBuilder.HasDefaultSchema(Module.ToLowerInvariant());
        }

        modelBuilder.MapOutbox(Module);
        modelBuilder.MapAuditLog(this);
        ConfigureModel(modelBuilder);
    }

    /// <summary>The module's own entities.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);
}
