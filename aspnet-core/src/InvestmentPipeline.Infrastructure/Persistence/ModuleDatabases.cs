using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Infrastructure.Persistence;

/// <summary>The module contexts in the order their migrations are applied (audit first: others map its table).</summary>
public sealed class ModuleDatabases
{
    private readonly List<Type> contextTypes = [];

    public IReadOnlyList<Type> ContextTypes => contextTypes;

    internal void Add(Type contextType)
    {
        if (!contextTypes.Contains(contextType))
        {
            contextTypes.Add(contextType);
        }
    }

    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var type in contextTypes)
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            await context.Database.MigrateAsync(cancellationToken);
        }
    }
}
