using WorkflowCore.Models;

namespace InvestmentPipeline.Approvals.Workflows.Store;

/// <summary>
/// No scheduled commands: with them WorkflowCore's poller writes a command for every runnable instance on every poll
/// and deletes it again (two writes per instance twice a second, the largest share of the engine's database work
/// under load). Without them it queues runnable instances and events straight into <see cref="Queue.DistinctWorkQueue"/>,
/// which keeps one copy of each, and finds a delayed instance again when it is due.
/// </summary>
internal sealed partial class EfWorkflowStore
{
    public bool SupportsScheduledCommands => false;

    public Task ScheduleCommand(ScheduledCommand command) =>
        throw new NotSupportedException("The approvals store keeps no scheduled commands (SupportsScheduledCommands is false).");

    public Task ProcessCommands(DateTimeOffset asOf, Func<ScheduledCommand, Task> action, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The approvals store keeps no scheduled commands (SupportsScheduledCommands is false).");
}
