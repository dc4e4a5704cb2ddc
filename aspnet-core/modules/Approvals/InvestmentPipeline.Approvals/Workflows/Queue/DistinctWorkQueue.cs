using WorkflowCore.Interface;

namespace InvestmentPipeline.Approvals.Workflows.Queue;

/// <summary>
/// WorkflowCore's work queue on this host, holding each item at most once while it waits. The engine queues the same
/// workflow from several places (its poller on every poll while the instance is runnable, the event consumer, a
/// retry), and WorkflowCore's own in-memory queue keeps every copy: under load the copies outgrew the work, each one
/// loading and saving its instance again for nothing. A waiting copy reads the instance's latest state when it runs,
/// so one is enough; once taken, the item may be queued again (the consumer runs a second pass when needed).
/// Index work is dropped: no search index is configured, and WorkflowCore's index consumer would load the whole
/// instance after every run only to hand it to the null index.
/// </summary>
internal sealed class DistinctWorkQueue : IQueueProvider
{
    private static readonly TimeSpan TakeWait = TimeSpan.FromMilliseconds(100);
    private readonly Dictionary<QueueType, DistinctQueue> queues = new()
    {
        [QueueType.Workflow] = new(),
        [QueueType.Event] = new(),
        [QueueType.Index] = new(),
    };

    public bool IsDequeueBlocking => true;

    public Task QueueWork(string id, QueueType queue)
    {
        if (queue != QueueType.Index)
        {
            queues[queue].Add(id);
        }

        return Task.CompletedTask;
    }

    /// <summary>Waits up to 100 ms for an item (the consumers loop on null), as WorkflowCore's own queue does.</summary>
    public async Task<string> DequeueWork(QueueType queue, CancellationToken cancellationToken) =>
        (await queues[queue].TakeAsync(TakeWait, cancellationToken))!;

    public Task Start() => Task.CompletedTask;

    public Task Stop() => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var queue in queues.Values)
        {
            queue.Dispose();
        }
    }

    /// <summary>First in, first out; an item already waiting is not added again. Adding and taking share one lock, so
    /// an item taken is never still counted as waiting (a request to queue it again is never lost).</summary>
    private sealed class DistinctQueue : IDisposable
    {
        private readonly Lock gate = new();
        private readonly Queue<string> items = new();
        private readonly HashSet<string> waiting = new(StringComparer.Ordinal);
        private readonly SemaphoreSlim available = new(0);

        public void Add(string id)
        {
            lock (gate)
            {
                if (!waiting.Add(id))
                {
                    return;
                }

                items.Enqueue(id);
            }

            available.Release();
        }

        public async Task<string?> TakeAsync(TimeSpan wait, CancellationToken cancellationToken)
        {
            if (!await available.WaitAsync(wait, cancellationToken))
            {
                return null;
            }

            lock (gate)
            {
                var id = items.Dequeue();
                waiting.Remove(id);
                return id;
            }
        }

        public void Dispose() => available.Dispose();
    }
}
