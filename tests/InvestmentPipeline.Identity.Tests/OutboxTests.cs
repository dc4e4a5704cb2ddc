using System.Collections.Concurrent;
using Hangfire;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Identity.Data;
using InvestmentPipeline.Infrastructure.Outbox;
using InvestmentPipeline.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Identity.Tests;

/// <summary>A host with two handlers of UserCreated: one records, one fails for users whose name says so.</summary>
public class OutboxApp(DatabaseKind kind) : AppFactory(kind)
{
    public ConcurrentBag<Guid> Received { get; } = [];

    public bool DownstreamBroken { get; set; } = true;

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<IIntegrationEventHandler<UserCreatedIntegrationEvent>>(new RecordingHandler(Received));
        services.AddSingleton<IIntegrationEventHandler<UserCreatedIntegrationEvent>>(new FlakyHandler(this));
    }

    private sealed class RecordingHandler(ConcurrentBag<Guid> received) : IIntegrationEventHandler<UserCreatedIntegrationEvent>
    {
        public Task HandleAsync(UserCreatedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
        {
            received.Add(integrationEvent.UserId);
            return Task.CompletedTask;
        }
    }

    private sealed class FlakyHandler(OutboxApp app) : IIntegrationEventHandler<UserCreatedIntegrationEvent>
    {
        public Task HandleAsync(UserCreatedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
            app.DownstreamBroken && integrationEvent.DisplayName.Contains("故障", StringComparison.Ordinal)
                ? throw new InvalidOperationException("下游暂时不可用")
                : Task.CompletedTask;
    }
}

public sealed class SqliteOutboxApp() : OutboxApp(DatabaseKind.Sqlite);

public sealed class PostgresOutboxApp() : OutboxApp(DatabaseKind.PostgreSQL);

public abstract class OutboxTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : OutboxApp
{
    [Fact]
    public async Task A_created_user_is_published_through_the_outbox_and_Hangfire_delivers_it_once()
    {
        using var admin = await app.AdminAsync();
        var user = await TestUsers.CreateAsync(admin, "IPB");

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await MessageForAsync(user.Id)).ProcessedAtUtc is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        app.Received.Count(id => id == user.Id).ShouldBe(1);
        await DispatchAsync();
        app.Received.Count(id => id == user.Id).ShouldBe(1);
    }

    [Fact]
    public async Task A_failing_handler_keeps_the_message_pending_and_a_retry_does_not_redeliver_to_the_others()
    {
        using var admin = await app.AdminAsync();
        var departmentId = await TestUsers.DepartmentIdAsync(admin, "IPB");
        var userName = "f" + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.PostAsync("/api/identity/users", new { userName, displayName = "故障用户", password = TestUsers.Password, departmentId });
        var user = await created.ReadJsonAsync<UserRow>(System.Net.HttpStatusCode.Created);

        await DispatchAsync();
        var pending = await MessageForAsync(user.Id);
        pending.ProcessedAtUtc.ShouldBeNull();
        pending.Attempts.ShouldBeGreaterThanOrEqualTo(1);
        pending.LastError.ShouldBe("下游暂时不可用");

        app.DownstreamBroken = false;
        await DispatchAsync();

        (await MessageForAsync(user.Id)).ProcessedAtUtc.ShouldNotBeNull();
        app.Received.Count(id => id == user.Id).ShouldBe(1);
    }

    /// <summary>
    /// Runs the dispatcher as production does, as a Hangfire job, and waits for it: Hangfire serialises dispatch
    /// runs, so this one cannot race the run that the commit itself enqueued.
    /// </summary>
    private async Task DispatchAsync()
    {
        var jobId = app.Services.GetRequiredService<IBackgroundJobClient>()
            .Enqueue<OutboxDispatcher<IdentityModuleDbContext>>(d => d.DispatchAsync(CancellationToken.None));
        var monitor = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? state;
        while ((state = monitor.JobDetails(jobId)?.History.FirstOrDefault()?.StateName) is not ("Succeeded" or "Failed" or "Deleted") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        state.ShouldBe("Succeeded");
    }

    private Task<OutboxMessage> MessageForAsync(Guid userId) => app.InScopeAsync(async sp =>
        (await sp.GetRequiredService<IdentityModuleDbContext>().Set<OutboxMessage>().AsNoTracking().ToListAsync())
            .Single(m => m.Content.Contains(userId.ToString(), StringComparison.Ordinal)));
}

public sealed class OutboxTestsOnSqlite(SqliteOutboxApp app) : OutboxTests<SqliteOutboxApp>(app);

[Trait(Db.Trait, Db.Postgres)]
public sealed class OutboxTestsOnPostgres(PostgresOutboxApp app) : OutboxTests<PostgresOutboxApp>(app);
