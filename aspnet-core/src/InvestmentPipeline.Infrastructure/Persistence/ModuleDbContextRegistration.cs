using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Jobs;
using InvestmentPipeline.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Infrastructure.Persistence;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers a module's context for the configured provider. Each provider has its own derived context type
    /// so that its migrations stay apart (EF picks migrations by context type); the module's code only sees
    /// <typeparamref name="TContext"/>.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres>(
        this IServiceCollection services, DatabaseOptions database, string module, bool hasOutbox = true)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        if (database.IsPostgres)
        {
            services.AddDbContext<TPostgres>((sp, options) =>
                Configure<TContext>(options.UseNpgsql(database.DefaultConnection, npgsql =>
                    npgsql.MigrationsHistoryTable("__EFMigrationsHistory", module.ToLowerInvariant())), sp));
            services.AddScoped<TContext>(sp => sp.GetRequiredService<TPostgres>());
        }
        else
        {
            services.AddDbContext<TSqlite>((sp, options) =>
                Configure<TContext>(options.UseSqlite(database.DefaultConnection, sqlite =>
                    sqlite.MigrationsHistoryTable($"__EFMigrationsHistory_{module}")), sp));
            services.AddScoped<TContext>(sp => sp.GetRequiredService<TSqlite>());
        }

        services.AddScoped<OutboxEnqueueInterceptor<TContext>>();
        if (hasOutbox)
        {
            services.AddScoped<OutboxDispatcher<TContext>>();
            services.AddSingleton<IRecurringJobSetup>(new OutboxSweepJobSetup<TContext>(module));
        }

        GetDatabases(services).Add(typeof(TContext));
        return services;
    }

    private static void Configure<TContext>(DbContextOptionsBuilder options, IServiceProvider services)
        where TContext : DbContext =>
        options.AddInterceptors(
            services.GetRequiredService<AuditingInterceptor>(),
            services.GetRequiredService<OutboxEnqueueInterceptor<TContext>>());

    private static ModuleDatabases GetDatabases(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(ModuleDatabases))?.ImplementationInstance;
        if (existing is ModuleDatabases databases)
        {
            return databases;
        }

        databases = new ModuleDatabases();
        services.AddSingleton(databases);
        return databases;
    }
}
