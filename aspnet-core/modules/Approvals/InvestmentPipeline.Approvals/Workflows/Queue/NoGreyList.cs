using WorkflowCore.Interface;

namespace InvestmentPipeline.Approvals.Workflows.Queue;

/// <summary>
/// Nothing is grey-listed. WorkflowCore's grey list keeps an item it queued from being queued again for five minutes
/// unless the item's consumer clears it, which it does not when the item was locked (by the event consumer, or by
/// another host): that instance then waited minutes for its next run. <see cref="DistinctWorkQueue"/> already keeps
/// a single waiting copy of each item, so the poller may queue every runnable item on every poll.
/// </summary>
internal sealed class NoGreyList : IGreyList
{
    public void Add(string id)
    {
    }

    public bool Contains(string id) => false;

    public void Remove(string id)
    {
    }
}
