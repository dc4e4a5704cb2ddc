using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using InvestmentPipeline.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace InvestmentPipeline.Benchmarks;

/// <summary>
/// Watches the engine's own tables for the moments each approval instance reaches its milestones. One query per
/// poll over all instances returns keys with a prefix: <c>W:{reference}</c> a workflow exists for the instance,
/// <c>E:{key}</c> a decision event was handed to the engine (published by the outbox handler), <c>S:{key}</c> the
/// workflow waits for that decision (an open subscription; keys are <c>{instance}:{step}:{round}</c>). A time is
/// when the state was first seen: at most one <see cref="Interval"/> plus one query late.
/// </summary>
internal sealed class EngineWatch(DatabaseOptions database, params (string Name, Func<Guid, IReadOnlySet<string>, bool> Reached)[] milestones) : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, long> watched = new();
    private readonly ConcurrentDictionary<(string Milestone, Guid Instance), long> seen = new();
    private readonly CancellationTokenSource stop = new();
    private Task? polling;

    /// <summary>When each watched instance was first seen at the milestone (Stopwatch timestamps).</summary>
    public Dictionary<Guid, long> Seen(string milestone) =>
        seen.Where(s => s.Key.Milestone == milestone).ToDictionary(s => s.Key.Instance, s => s.Value);

    public void Start() => polling = Task.Run(() => PollAsync(stop.Token));

    public void Watch(Guid instanceId) => watched.TryAdd(instanceId, 0);

    /// <summary>
    /// Waits until <paramref name="instances"/> instances reached every milestone, or throws after <paramref name="timeout"/>.
    /// Not a timeout without progress: the engine's queue is first in, first out and each pass of a workflow goes to its
    /// end again, so many instances advance in step and reach a milestone together, after minutes with none.
    /// </summary>
    public async Task WaitForAllAsync(int instances, TimeSpan timeout)
    {
        var expected = instances * milestones.Length;
        var started = Stopwatch.GetTimestamp();
        var lastReport = started;
        while (seen.Count < expected)
        {
            if (polling is { IsFaulted: true })
            {
                await polling;
            }

            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                throw new TimeoutException($"引擎 {timeout.TotalMinutes:N0} 分钟内未完成：{Progress(instances)}");
            }

            if (Stopwatch.GetElapsedTime(lastReport) > ProgressEvery)
            {
                lastReport = Stopwatch.GetTimestamp();
                Console.Error.WriteLine($"  引擎进度（{Stopwatch.GetElapsedTime(started).TotalSeconds:N0} 秒）：{Progress(instances)}");
            }

            await Task.Delay(Interval);
        }
    }

    private string Progress(int instances) =>
        string.Join("，", milestones.Select(m => $"{m.Name} {seen.Keys.Count(k => k.Milestone == m.Name)}/{instances}"));

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        var schema = database.IsPostgres ? "approvals." : string.Empty;
        await using DbConnection connection = database.IsPostgres ? new NpgsqlConnection(database.DefaultConnection) : new SqliteConnection(database.DefaultConnection);
        await connection.OpenAsync(cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"""
                    SELECT 'W:' || "Reference" FROM {schema}"Approvals_WfInstances"
                    UNION ALL SELECT 'E:' || "EventKey" FROM {schema}"Approvals_WfEvents" WHERE "EventName" = 'approval-decision'
                    UNION ALL SELECT 'S:' || "EventKey" FROM {schema}"Approvals_WfSubscriptions" WHERE "EventName" = 'approval-decision'
                    """;
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    keys.Add(reader.GetString(0));
                }
            }

            var now = Stopwatch.GetTimestamp();
            foreach (var id in watched.Keys)
            {
                foreach (var (name, reached) in milestones)
                {
                    if (!seen.ContainsKey((name, id)) && reached(id, keys))
                    {
                        seen[(name, id)] = now;
                    }
                }
            }

            try
            {
                await Task.Delay(Interval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public static string Workflow(Guid instanceId) => $"W:{instanceId:N}";

    public static string Event(Guid instanceId, string stepCode, int round = 1) => $"E:{instanceId:N}:{stepCode}:{round}";

    public static string Awaited(Guid instanceId, string stepCode, int round = 1) => $"S:{instanceId:N}:{stepCode}:{round}";

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (polling is not null)
        {
            try
            {
                await polling;
            }
            catch (OperationCanceledException)
            {
            }
        }

        stop.Dispose();
    }
}
