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

/// <summary>A project is submitted only when the requirements of the maturity it claims are met.</summary>
internal sealed class ClaimedMaturityMustBeMetRule(ProjectMaturity maturity, IReadOnlyList<string> missing) : IBusinessRule
{
    public string Code => "Reserve.MaturityNotMet";

    public string Message => $"项目尚未达到「{MaturityNames.Of(maturity)}」阶段的要求：{string.Join("；", missing)}";

    public bool IsBroken() => missing.Count > 0;

    public IReadOnlyDictionary<string, object?> Details => new Dictionary<string, object?> { ["missing"] = missing };
}

/// <summary>草稿/已退回 → 已申报 → 已入库 / 已退回 / 未入库; returning or rejecting needs a comment; a project under review is not edited.</summary>
internal sealed class ReviewTransitionRule(ReviewStatus from, ReviewStatus to, string? comment) : IBusinessRule
{
    public string Code => "Reserve.ReviewTransition";

    public string Message => (from, to) switch
    {
        (ReviewStatus.Submitted, ReviewStatus.Returned or ReviewStatus.Rejected) => "退回或不予入库须填写审核意见",
        (ReviewStatus.Submitted, ReviewStatus.Submitted) => "项目已申报，正在审核中，不能修改或重复申报",
        (_, ReviewStatus.Submitted) => "只有草稿或已退回的项目可以申报",
        _ => "只有已申报的项目可以审核",
    };

    public bool IsBroken() => (from, to) switch
    {
        (ReviewStatus.Draft or ReviewStatus.Returned, ReviewStatus.Submitted) => false,
        (ReviewStatus.Submitted, ReviewStatus.Accepted) => false,
        (ReviewStatus.Submitted, ReviewStatus.Returned or ReviewStatus.Rejected) => string.IsNullOrWhiteSpace(comment),
        _ => true,
    };
}

internal sealed class ProjectUnderReviewCannotBeEditedRule(ReviewStatus status) : IBusinessRule
{
    public string Code => "Reserve.UnderReview";

    public string Message => "项目已申报，正在审核中，审核完成前不能修改";

    public bool IsBroken() => status == ReviewStatus.Submitted;
}

internal static class MaturityNames
{
    public static string Of(ProjectMaturity maturity) => maturity switch
    {
        ProjectMaturity.Planning => "谋划",
        ProjectMaturity.Preliminary => "前期",
        _ => "成熟",
    };
}

internal static class ReviewStatusNames
{
    public static string Of(ReviewStatus status) => status switch
    {
        ReviewStatus.Draft => "草稿",
        ReviewStatus.Submitted => "已申报",
        ReviewStatus.Accepted => "已入库",
        ReviewStatus.Returned => "已退回",
        _ => "未入库",
    };
}

internal static class InvestmentRegimeNames
{
    public static string Of(InvestmentRegime regime) => regime switch
    {
        InvestmentRegime.Approval => "审批制",
        InvestmentRegime.Verification => "核准制",
        _ => "备案制",
    };
}

internal static class FundingChannelNames
{
    public static string Of(FundingChannel channel) => channel switch
    {
        FundingChannel.CentralBudget => "中央预算内投资",
        FundingChannel.SpecialBonds => "地方政府专项债券",
        FundingChannel.CityFinance => "市级财政",
        FundingChannel.DistrictFinance => "区级财政",
        FundingChannel.BankLoan => "银行贷款",
        FundingChannel.SocialCapital => "社会资本",
        _ => "其他",
    };
}
