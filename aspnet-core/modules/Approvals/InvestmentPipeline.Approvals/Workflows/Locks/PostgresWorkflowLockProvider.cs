using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Medallion.Threading.Postgres;
using WorkflowCore.Interface;

namespace InvestmentPipeline.Approvals.Workflows.Locks;

/// <summary>
/// WorkflowCore's lock on one workflow instance (or queue item), shared by every host on the PostgreSQL database: a
/// session-level advisory lock held on a connection of its own, so that two hosts never run the same instance at once.
/// Acquiring never waits: WorkflowCore leaves a locked item to the host that holds it and tries again at its next poll.
/// </summary>
internal sealed class PostgresWorkflowLockProvider(string connectionString) : IDistributedLockProvider, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, PostgresDistributedLockHandle> held = new(StringComparer.Ordinal);

    /// <summary>
    /// The advisory lock key of a name: the first 8 bytes of its UTF-8 SHA-256, the same on every host and release (a
    /// string's GetHashCode differs per process). A prefix keeps our keys apart from other users of advisory locks.
    /// </summary>
    public static long KeyOf(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("ip-workflow:" + name));
        return BinaryPrimitives.ReadInt64BigEndian(hash);
    }

    public async Task<bool> AcquireLock(string Id, CancellationToken cancellationToken)
    {
        if (held.ContainsKey(Id))
        {
            return false; // held by this host already: the same rule as for another host
        }

        var handle = await new PostgresDistributedLock(new PostgresAdvisoryLockKey(KeyOf(Id)), connectionString)
            .TryAcquireAsync(TimeSpan.Zero, cancellationToken);
        if (handle is null)
        {
            return false;
        }

        if (!held.TryAdd(Id, handle))
        {
            await handle.DisposeAsync(); // a concurrent acquire on this host got there first
            return false;
        }

        return true;
    }

    public async Task ReleaseLock(string Id)
    {
        if (held.TryRemove(Id, out var handle))
        {
            await handle.DisposeAsync();
        }
    }

    public Task Start() => Task.CompletedTask;

    public async Task Stop()
    {
        foreach (var id in held.Keys.ToList())
        {
            await ReleaseLock(id);
        }
    }

    public async ValueTask DisposeAsync() => await Stop();
}
