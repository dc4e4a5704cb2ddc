namespace InvestmentPipeline.Approvals.Domain.Instances;

/// <summary>
/// An event for the WorkflowCore instance of an approval. Keys: a step's decision is
/// <c>{instanceId}:{stepCode}:{round}</c> (a new round after each 补正, so a late duplicate of an old decision can
/// never be consumed by a later wait); a step done is <c>{instanceId}:{stepCode}</c> (once per step).
/// </summary>
internal sealed record EngineEvent(string Name, string Key, string? Data)
{
    public const string DecisionEvent = "approval-decision";
    public const string StepDoneEvent = "approval-step-done";

    public static string DecisionKey(Guid instanceId, string stepCode, int round) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{instanceId:N}:{stepCode}:{round}");

    public static string StepDoneKey(Guid instanceId, string stepCode) => $"{instanceId:N}:{stepCode}";

    public static EngineEvent Decision(Guid instanceId, string stepCode, int round, DecisionKind kind) =>
        new(DecisionEvent, DecisionKey(instanceId, stepCode, round), kind.ToString());

    public static EngineEvent StepDone(Guid instanceId, string stepCode) => new(StepDoneEvent, StepDoneKey(instanceId, stepCode), null);
}
