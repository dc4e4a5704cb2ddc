using InvestmentPipeline.Approvals.Domain.Instances;
using InvestmentPipeline.Approvals.Domain.Templates;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace InvestmentPipeline.Approvals.Workflows;

/// <summary>The data of an approval's workflow instance.</summary>
internal sealed class ApprovalWorkflowData
{
    public Guid InstanceId { get; set; }

    /// <summary>Steps marked not applicable at start: their branch does nothing (their step-done is published at start).</summary>
    public List<string> NotApplicable { get; set; } = [];

    /// <summary>The round each step's branch waits for (absent = 1).</summary>
    public Dictionary<string, int> Rounds { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Steps whose branch received its final decision (approve or reject).</summary>
    public List<string> Decided { get; set; } = [];

    public List<string> Approved { get; set; } = [];
}

/// <summary>
/// A template version compiled into a WorkflowCore definition (<c>approval-{versionId}</c>). Any DAG works, not only
/// series-parallel graphs: a parallel container holds one branch per step; a branch first waits for the step-done
/// event of each of its prerequisites (in any order: an event published before its wait is replayed by the engine),
/// then loops on the step's decision event of the current round until it is approved or rejected; a return (补正)
/// moves it to the next round. The join completes the workflow when every branch finished.
/// <para>Step-done events are published by our decision code with the decision (same outbox message), not by the
/// engine: the tables already know, in the decision's transaction, which step is done; an engine step that published
/// would add a poll interval to every hop and could run twice without a distributed lock.</para>
/// </summary>
internal sealed class CompiledApprovalWorkflow(Guid versionId, IReadOnlyList<TemplateStep> steps) : IWorkflow<ApprovalWorkflowData>
{
    public const int DefinitionVersion = 1;

    private const string IdPrefix = "approval-";

    public static string IdOf(Guid versionId) => $"{IdPrefix}{versionId:N}";

    public static bool TryParseId(string definitionId, out Guid versionId)
    {
        versionId = Guid.Empty;
        return definitionId.StartsWith(IdPrefix, StringComparison.Ordinal) && Guid.TryParseExact(definitionId[IdPrefix.Length..], "N", out versionId);
    }

    public string Id => IdOf(versionId);

    public int Version => DefinitionVersion;

    public void Build(IWorkflowBuilder<ApprovalWorkflowData> builder)
    {
        var parallel = builder.StartWith(_ => ExecutionResult.Next()).Parallel();
        foreach (var step in steps)
        {
            var code = step.Code;
            var prerequisites = step.Prerequisites.ToList();
            parallel = parallel.Do(branch => Branch(branch, code, prerequisites));
        }

        parallel.Join().Then(_ => ExecutionResult.Next());
    }

    private static void Branch(IWorkflowBuilder<ApprovalWorkflowData> branch, string code, List<string> prerequisites) =>
        branch.StartWith(_ => ExecutionResult.Next())
            .If(data => !data.NotApplicable.Contains(code))
            .Do(then =>
            {
                var chain = then.StartWith(_ => ExecutionResult.Next());
                foreach (var prerequisite in prerequisites)
                {
                    chain = chain.WaitFor(EngineEvent.StepDoneEvent, data => EngineEvent.StepDoneKey(data.InstanceId, prerequisite))
                        .Then(_ => ExecutionResult.Next());
                }

                chain.While(data => !data.Decided.Contains(code))
                    .Do(loop => loop.StartWith<AwaitDecision>().Input(s => s.Code, _ => code));
            });
}

/// <summary>Waits for the decision of the step's current round and applies it to the workflow's data.</summary>
internal sealed class AwaitDecision : StepBody
{
    public string Code { get; set; } = string.Empty;

    public override ExecutionResult Run(IStepExecutionContext context)
    {
        var data = (ApprovalWorkflowData)context.Workflow.Data;
        var round = data.Rounds.GetValueOrDefault(Code, 1);
        if (!context.ExecutionPointer.EventPublished)
        {
            // effective date MinValue: a decision published before this wait began is found and consumed
            return ExecutionResult.WaitForEvent(EngineEvent.DecisionEvent, EngineEvent.DecisionKey(data.InstanceId, Code, round), DateTime.MinValue);
        }

        switch (Enum.Parse<DecisionKind>((string)context.ExecutionPointer.EventData))
        {
            case DecisionKind.Approve:
                data.Approved.Add(Code);
                data.Decided.Add(Code);
                break;
            case DecisionKind.Reject:
                data.Decided.Add(Code);
                break;
            default:
                data.Rounds[Code] = round + 1;
                break;
        }

        return ExecutionResult.Next();
    }
}
