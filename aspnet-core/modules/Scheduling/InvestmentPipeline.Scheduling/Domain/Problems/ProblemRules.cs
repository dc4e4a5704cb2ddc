using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Scheduling.Domain.Problems;

/// <summary>交办 → 办理中 → 已解决, and 已解决 → 办理中 when reopened: each step only from the state before it.</summary>
internal sealed class ProblemTransitionRule(ProblemStatus current, ProblemStatus from, ProblemStatus to) : IBusinessRule
{
    public string Code => "Scheduling.ProblemTransition";

    public string Message => $"问题当前为“{ProblemWords.Status(current)}”，只有“{ProblemWords.Status(from)}”的问题可以转为“{ProblemWords.Status(to)}”";

    public bool IsBroken() => current != from;
}

internal sealed class ProblemHandledByAssignedDepartmentRule(Actor actor, Guid assignedDepartmentId, string assignedDepartmentName) : IBusinessRule
{
    public string Code => "Scheduling.ProblemNotAssignedToYou";

    public string Message => $"该问题交办给{assignedDepartmentName}，只能由该单位或重点办办理";

    public bool IsBroken() => !actor.Handles(assignedDepartmentId);
}

internal sealed class ResolutionNeedsResultAndEvidenceRule(string? resolution, string? evidence) : IBusinessRule
{
    public string Code => "Scheduling.ProblemResolutionIncomplete";

    public string Message => "销号须填写办理结果和佐证材料说明";

    public bool IsBroken() => string.IsNullOrWhiteSpace(resolution) || string.IsNullOrWhiteSpace(evidence);
}

internal sealed class OnlyTheOfficeAssignsProblemsRule(Actor actor) : IBusinessRule
{
    public string Code => "Scheduling.ProblemAssignedByOffice";

    public string Message => "问题只能由重点办交办";

    public bool IsBroken() => !actor.Manages;
}

internal sealed class OnlyTheOfficeReopensProblemsRule(Actor actor) : IBusinessRule
{
    public string Code => "Scheduling.ProblemReopenedByOffice";

    public string Message => "已销号的问题只能由重点办重新打开";

    public bool IsBroken() => !actor.Manages;
}

internal sealed class ReopeningNeedsReasonRule(string? reason) : IBusinessRule
{
    public string Code => "Scheduling.ProblemReopenReason";

    public string Message => "重新打开须填写理由";

    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);
}

/// <summary>The Chinese words of a problem's states, for messages, exports and the brief.</summary>
internal static class ProblemWords
{
    public static string Status(ProblemStatus status) => status switch
    {
        ProblemStatus.Assigned => "已交办",
        ProblemStatus.InProgress => "办理中",
        _ => "已解决",
    };

    public static string Escalation(EscalationLevel level) => level switch
    {
        EscalationLevel.KeyProjectsOffice => "已提级至重点办",
        EscalationLevel.DistrictLeaders => "已提级至区领导",
        _ => "",
    };
}
