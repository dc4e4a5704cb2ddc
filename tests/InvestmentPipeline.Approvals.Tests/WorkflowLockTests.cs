using InvestmentPipeline.Approvals.Workflows.Locks;
using InvestmentPipeline.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkflowCore.Interface;

namespace InvestmentPipeline.Approvals.Tests;

/// <summary>Advisory lock keys are derived from lock names the same way in every process and release.</summary>
public sealed class WorkflowLockKeyTests
{
    [Fact]
    public void A_lock_name_hashes_to_the_same_advisory_key_everywhere()
    {
        PostgresWorkflowLockProvider.KeyOf("workflow-1").ShouldBe(4980818474408802872L);
        PostgresWorkflowLockProvider.KeyOf("3f2504e0-4f89-11d3-9a0c-0305e82c3301").ShouldBe(-283220899396752565L);
        PostgresWorkflowLockProvider.KeyOf("workflow-2").ShouldNotBe(PostgresWorkflowLockProvider.KeyOf("workflow-1"));
    }
}

/// <summary>Which lock WorkflowCore gets: the advisory locks on PostgreSQL, its own in-memory single-node lock on SQLite.</summary>
public abstract class WorkflowLockRegistrationTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public void The_engine_shares_its_locks_through_PostgreSQL_only_there()
    {
        var provider = app.Services.GetRequiredService<IDistributedLockProvider>();

        (provider is PostgresWorkflowLockProvider).ShouldBe(app.Kind == DatabaseKind.PostgreSQL);
    }
}

public sealed class WorkflowLockRegistrationTestsOnSqlite(SqliteApp app) : WorkflowLockRegistrationTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class WorkflowLockRegistrationTestsOnPostgres(PostgresApp app) : WorkflowLockRegistrationTests<PostgresApp>(app);

/// <summary>Two hosts' lock providers on one PostgreSQL database (the host's dedicated lock connection string).</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgresWorkflowLockTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    private string Connection => app.Services.GetRequiredService<DatabaseOptions>().WorkflowLockConnection!;

    private async Task<long> AdvisoryLocksHeldAsync(long key)
    {
        await using var connection = new NpgsqlConnection(Connection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 AND classid::bigint = @high AND objid::bigint = @low", connection);
        command.Parameters.AddWithValue("high", (long)(uint)(key >> 32));
        command.Parameters.AddWithValue("low", (long)(uint)key);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_second_host_cannot_take_a_lock_the_first_holds_until_it_is_released()
    {
        var id = Guid.NewGuid().ToString();
        var other = Guid.NewGuid().ToString();
        await using var first = new PostgresWorkflowLockProvider(Connection);
        await using var second = new PostgresWorkflowLockProvider(Connection);
        await first.Start();
        await second.Start();

        var firstTakes = await first.AcquireLock(id, CancellationToken.None);
        var heldInDatabase = await AdvisoryLocksHeldAsync(PostgresWorkflowLockProvider.KeyOf(id));
        var secondWhileHeld = await second.AcquireLock(id, CancellationToken.None);
        var firstAgain = await first.AcquireLock(id, CancellationToken.None);
        var secondTakesAnother = await second.AcquireLock(other, CancellationToken.None);
        await first.ReleaseLock(id);
        var heldAfterRelease = await AdvisoryLocksHeldAsync(PostgresWorkflowLockProvider.KeyOf(id));
        var secondAfterRelease = await second.AcquireLock(id, CancellationToken.None);
        var firstWhileSecondHolds = await first.AcquireLock(id, CancellationToken.None);
        await second.Stop(); // a stopping host gives back what it holds
        var firstAfterStop = await first.AcquireLock(other, CancellationToken.None);

        firstTakes.ShouldBeTrue();
        heldInDatabase.ShouldBe(1);
        secondWhileHeld.ShouldBeFalse();
        firstAgain.ShouldBeFalse();
        secondTakesAnother.ShouldBeTrue();
        heldAfterRelease.ShouldBe(0);
        secondAfterRelease.ShouldBeTrue();
        firstWhileSecondHolds.ShouldBeFalse();
        firstAfterStop.ShouldBeTrue();
    }
}
