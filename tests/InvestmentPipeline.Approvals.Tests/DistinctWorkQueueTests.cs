using InvestmentPipeline.Approvals.Workflows.Queue;
using WorkflowCore.Interface;

namespace InvestmentPipeline.Approvals.Tests;

public sealed class DistinctWorkQueueTests
{
    private static async Task<List<string>> DrainAsync(DistinctWorkQueue queue, QueueType type)
    {
        var taken = new List<string>();
        while (await queue.DequeueWork(type, CancellationToken.None) is { } id)
        {
            taken.Add(id);
        }

        return taken;
    }

    [Fact]
    public async Task An_item_waits_once_in_its_queue_in_first_in_first_out_order()
    {
        using var queue = new DistinctWorkQueue();
        foreach (var id in new[] { "w1", "w2", "w1", "w3", "w2" })
        {
            await queue.QueueWork(id, QueueType.Workflow);
        }

        await queue.QueueWork("w1", QueueType.Event);

        (await DrainAsync(queue, QueueType.Workflow)).ShouldBe(["w1", "w2", "w3"]);
        (await DrainAsync(queue, QueueType.Event)).ShouldBe(["w1"]);
    }

    [Fact]
    public async Task An_item_taken_may_be_queued_again()
    {
        using var queue = new DistinctWorkQueue();
        await queue.QueueWork("w1", QueueType.Workflow);
        var first = await queue.DequeueWork(QueueType.Workflow, CancellationToken.None);
        await queue.QueueWork("w1", QueueType.Workflow);

        first.ShouldBe("w1");
        (await DrainAsync(queue, QueueType.Workflow)).ShouldBe(["w1"]);
    }

    [Fact]
    public async Task Index_work_is_dropped_and_an_empty_queue_answers_null_after_a_short_wait()
    {
        using var queue = new DistinctWorkQueue();
        await queue.QueueWork("w1", QueueType.Index);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();

        var taken = await queue.DequeueWork(QueueType.Index, CancellationToken.None);

        taken.ShouldBeNull();
        System.Diagnostics.Stopwatch.GetElapsedTime(started).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(90)); // waits, so consumers do not spin
    }
}
