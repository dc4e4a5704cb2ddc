using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace InvestmentPipeline.Testing;

/// <summary>
/// The real host (all modules, real Hangfire, real database) on its own fresh database.
/// Time is a <see cref="FakeTimeProvider"/> starting now, so tests can move the clock.
/// </summary>
public class AppFactory(DatabaseKind kind) : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? database;
    private bool ownsDatabase = true;

    /// <summary>A second host on the database of a first one, as after a restart or an upgrade.</summary>
    public static AppFactory RestartOn(AppFactory previous)
    {
        var next = new AppFactory(previous.Kind) { database = previous.database, ownsDatabase = false };
        _ = next.Services;
        return next;
    }

    private FakeTimeProvider? time;

    public FakeTimeProvider Time => time ??= new FakeTimeProvider(StartTime);

    /// <summary>Where the fixture's clock starts (a fake clock cannot go back): now, unless a fixture needs a fixed day.</summary>
    protected virtual DateTimeOffset StartTime => DateTimeOffset.UtcNow;

    public DatabaseKind Kind => kind;

    /// <summary>Extra configuration for one fixture, e.g. a tighter login policy.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        database ??= await TestDatabase.CreateAsync(kind);
        _ = Services; // start the host now: migrations and seeding run once per fixture, not inside the first test
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Seed:Demo"] = "true",
            ["Hangfire:WorkerCount"] = "1",
            ["LoginPolicy:LoginAttemptsPerMinute"] = "10000",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in database!.Settings.Concat(Settings))
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
            ConfigureTestServices(services);
        });
    }

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    public ApiSession NewSession()
    {
        var handler = new CookieAndXsrfHandler();
        return new ApiSession(CreateDefaultClient(handler), handler);
    }

    public Task<ApiSession> AdminAsync() => SignInAsync("admin", DemoPasswords.Admin);

    /// <summary>Runs code against the host's services in a scope of its own (a module's DbContext, a job).</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task<ApiSession> SignInAsync(string userName, string password = DemoPasswords.User)
    {
        var session = NewSession();
        await session.LoginAsync(userName, password);
        return session;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (database is not null && ownsDatabase)
        {
            await database.DisposeAsync();
        }
    }
}

public sealed class SqliteApp() : AppFactory(DatabaseKind.Sqlite);

public sealed class PostgresApp() : AppFactory(DatabaseKind.PostgreSQL);

public static class DemoPasswords
{
    public const string Admin = "Admin@123456";
    public const string User = "Demo@123456";
}
