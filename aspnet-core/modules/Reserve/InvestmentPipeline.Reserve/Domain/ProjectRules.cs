using System.Text.RegularExpressions;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Reserve.Domain;

internal sealed partial class ProjectCodeMustBeNationalFormatRule(string? code) : IBusinessRule
{
    public string Code => "Reserve.CodeFormat";

    public string Message => "项目代码格式应为 年份-行政区划(6位)-行业(2位)-类型(2位)-序号(6位)，如 2023-630203-48-01-012345";

    public bool IsBroken() => code is not null && !Format().IsMatch(code);

    [GeneratedRegex(@"^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$")]
    private static partial Regex Format();
}

internal sealed class FundingCannotExceedTotalInvestmentRule(decimal totalInvestment, IReadOnlyList<FundingSource> sources) : IBusinessRule
{
    public string Code => "Reserve.FundingExceedsTotal";

    public string Message => $"资金来源合计 {sources.Sum(s => s.Amount):N2} 元超过总投资 {totalInvestment:N2} 元";

    public bool IsBroken() => sources.Sum(s => s.Amount) > totalInvestment;
}

internal sealed class CompletionCannotPrecedeStartRule(DateOnly? start, DateOnly? completion) : IBusinessRule
{
    public string Code => "Reserve.CompletionBeforeStart";

    public string Message => "计划竣工时间不能早于计划开工时间";

    public bool IsBroken() => start is not null && completion is not null && completion < start;
}

/// <summary>储备 → 前期 → 在建 → 竣工 one step at a time; any unfinished project may be terminated, with a reason.</summary>
internal sealed class ProjectStateTransitionRule(ProjectState from, ProjectState to, string? reason) : IBusinessRule
{
    public string Code => "Reserve.StateTransition";

    public string Message => to == ProjectState.Terminated && string.IsNullOrWhiteSpace(reason)
        ? "终止项目须填写终止原因"
        : $"项目状态不能从「{ProjectStateNames.Of(from)}」变更为「{ProjectStateNames.Of(to)}」";

    public bool IsBroken() => !Allowed(from, to) || (to == ProjectState.Terminated && string.IsNullOrWhiteSpace(reason));

    public static bool Allowed(ProjectState from, ProjectState to) => (from, to) switch
    {
        (ProjectState.Completed or ProjectState.Terminated, _) => false,
        (_, ProjectState.Terminated) => true,
        _ => to == from + 1,
    };
}

internal static class ProjectStateNames
{
    public static string Of(ProjectState state) => state switch
    {
        ProjectState.Reserve => "储备",
        ProjectState.PreConstruction => "前期",
        ProjectState.UnderConstruction => "在建",
        ProjectState.Completed => "竣工",
        _ => "终止",
    };
}
