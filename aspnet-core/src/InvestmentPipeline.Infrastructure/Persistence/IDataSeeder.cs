namespace InvestmentPipeline.Infrastructure.Persistence;

/// <summary>A module's base (and demo) data, applied idempotently at every start after migrations.</summary>
public interface IDataSeeder
{
    /// <summary>Lower runs first (Identity's departments and users come before business data).</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
