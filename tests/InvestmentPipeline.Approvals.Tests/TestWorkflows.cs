using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace InvestmentPipeline.Approvals.Tests;

/// <summary>Data of the test workflows: the event key they wait on and what the events carried.</summary>
public sealed class ProbeData
{
    public string Key { get; set; } = string.Empty;

    public string? First { get; set; }

    public string? Second { get; set; }

    public DateTime? DelayedAt { get; set; }
}

/// <summary>A decision the test publishes as event data, to check it arrives with its type.</summary>
public sealed record ProbeDecision(string Outcome, int Round);

/// <summary>Waits for one event keyed by the instance's data, then finishes.</summary>
public sealed class WaitForOneEvent : IWorkflow<ProbeData>
{
    public const string Event = "probe-decision";

    public string Id => "probe-wait-one";

    public int Version => 1;

    public void Build(IWorkflowBuilder<ProbeData> builder) =>
        builder
            .StartWith(_ => ExecutionResult.Next())
            .WaitFor(Event, data => data.Key)
            .Output(data => data.First, step => ((ProbeDecision)step.EventData).Outcome)
            .Then(_ => ExecutionResult.Next());
}

/// <summary>Two branches in parallel, each waiting for its own event; joins when both arrived.</summary>
public sealed class WaitInTwoBranches : IWorkflow<ProbeData>
{
    public const string EventA = "probe-branch-a";
    public const string EventB = "probe-branch-b";

    public string Id => "probe-two-branches";

    public int Version => 1;

    public void Build(IWorkflowBuilder<ProbeData> builder) =>
        builder
            .StartWith(_ => ExecutionResult.Next())
            .Parallel()
            .Do(branch => branch.StartWith(_ => ExecutionResult.Next())
                .WaitFor(EventA, data => data.Key).Output(data => data.First, step => (string)step.EventData))
            .Do(branch => branch.StartWith(_ => ExecutionResult.Next())
                .WaitFor(EventB, data => data.Key).Output(data => data.Second, step => (string)step.EventData))
            .Join()
            .Then(_ => ExecutionResult.Next());
}

/// <summary>Sleeps one second on the engine's own clock.</summary>
public sealed class SleepOneSecond : IWorkflow<ProbeData>
{
    public string Id => "probe-delay";

    public int Version => 1;

    public void Build(IWorkflowBuilder<ProbeData> builder) =>
        builder
            .StartWith(_ => ExecutionResult.Next())
            .Delay(_ => TimeSpan.FromSeconds(1))
            .Then(context =>
            {
                ((ProbeData)context.Workflow.Data).DelayedAt = DateTime.UtcNow;
                return ExecutionResult.Next();
            });
}
