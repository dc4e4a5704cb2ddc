using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.SharedKernel.Domain;
using InvestmentPipeline.SharedKernel.Time;

namespace InvestmentPipeline.Scheduling.Domain;

/// <summary>
/// The report rules with the field each is about, so that the import can put every broken one on its cell. They catch
/// the mistakes the district's sheets are full of: a 续建 project "started", a start date next month, a project that
/// started in March and "has not started" in May, a problem without its category.
/// </summary>
internal static class MonthlyReportRules
{
    public static IEnumerable<(string Field, IBusinessRule Rule)> For(int year, int month, MonthlyReportDetails details, ReportContext context) =>
    [
        ("Month", new ReportMonthNotInFutureRule(year, month, context.Today)),
        (nameof(details.Status), new StatusMustFitConstructionTypeRule(context.Type, details.Status)),
        (nameof(details.Status), new StartedProjectCannotBecomeNotStartedRule(details.Status, context.StartedInAnEarlierMonth)),
        (nameof(details.ActualStartDate), new StartDateRequiredOnceStartedRule(details.Status, details.ActualStartDate)),
        (nameof(details.ActualStartDate), new StartDateNotInFutureRule(details.ActualStartDate, context.Today)),
        (nameof(details.ActualStartDate), new StartDateWithinReportedMonthRule(details.ActualStartDate, year, month)),
        (nameof(details.ProblemCategoryCode), new ProblemNeedsCategoryRule(details.Problem, details.ProblemCategoryCode)),
    ];

    public static bool HasStarted(StartStatus status) => status is StartStatus.Started or StartStatus.Resumed or StartStatus.Completed;
}

internal sealed class ReportMonthNotInFutureRule(int year, int month, DateOnly today) : IBusinessRule
{
    public string Code => "Scheduling.MonthInFuture";

    public string Message => $"不能填报 {year} 年 {month} 月：该月尚未到来";

    public bool IsBroken() => ShanghaiClock.IsFutureMonth(year, month, today);
}

internal sealed class StatusMustFitConstructionTypeRule(ConstructionType type, StartStatus status) : IBusinessRule
{
    public string Code => "Scheduling.StatusForType";

    public string Message => type == ConstructionType.Continuing
        ? "续建项目的开复工状态应为 已复工、未复工 或 已竣工"
        : "新建、拟开工项目的开复工状态应为 已开工、未开工 或 已竣工";

    public bool IsBroken() => type == ConstructionType.Continuing
        ? status is StartStatus.Started or StartStatus.NotStarted
        : status is StartStatus.Resumed or StartStatus.NotResumed;
}

internal sealed class StartedProjectCannotBecomeNotStartedRule(StartStatus status, bool startedEarlier) : IBusinessRule
{
    public string Code => "Scheduling.StartWithdrawn";

    public string Message => "该项目在之前月份已开(复)工，本月不能填报为未开(复)工";

    public bool IsBroken() => startedEarlier && !MonthlyReportRules.HasStarted(status);
}

internal sealed class StartDateRequiredOnceStartedRule(StartStatus status, DateOnly? date) : IBusinessRule
{
    public string Code => "Scheduling.StartDateRequired";

    public string Message => "已开(复)工或已竣工的项目须填写实际开(复)工时间";

    public bool IsBroken() => MonthlyReportRules.HasStarted(status) && date is null;
}

internal sealed class StartDateNotInFutureRule(DateOnly? date, DateOnly today) : IBusinessRule
{
    public string Code => "Scheduling.StartDateInFuture";

    public string Message => "实际开(复)工时间不能晚于今天";

    public bool IsBroken() => date > today;
}

internal sealed class StartDateWithinReportedMonthRule(DateOnly? date, int year, int month) : IBusinessRule
{
    public string Code => "Scheduling.StartDateAfterMonth";

    public string Message => $"实际开(复)工时间不能晚于报告月份（{year} 年 {month} 月）";

    public bool IsBroken() => date is { } d && (d.Year > year || (d.Year == year && d.Month > month));
}

internal sealed class ProblemNeedsCategoryRule(string? problem, string? category) : IBusinessRule
{
    public string Code => "Scheduling.ProblemCategoryRequired";

    public string Message => "填写了存在问题时须选择问题类别";

    public bool IsBroken() => !string.IsNullOrWhiteSpace(problem) && string.IsNullOrWhiteSpace(category);
}

internal static class StartStatusNames
{
    public static readonly IReadOnlyDictionary<string, StartStatus> ByName = new Dictionary<string, StartStatus>
    {
        ["已开工"] = StartStatus.Started,
        ["未开工"] = StartStatus.NotStarted,
        ["已复工"] = StartStatus.Resumed,
        ["未复工"] = StartStatus.NotResumed,
        ["已竣工"] = StartStatus.Completed,
    };

    public static string Of(StartStatus status) => ByName.First(p => p.Value == status).Key;
}
