using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Scheduling.Domain;

/// <summary>What a unit reports for one project and month; amounts in yuan.</summary>
internal sealed record MonthlyReportDetails(
    decimal InvestmentThisMonth, StartStatus Status, DateOnly? ActualStartDate, string? Progress, bool? InStatistics, string? Problem,
    string? ProblemCategoryCode);

/// <summary>What the report's rules need to know beyond the report: the project's type, today, and the months before.</summary>
internal sealed record ReportContext(ConstructionType Type, DateOnly Today, bool StartedInAnEarlierMonth);

/// <summary>
/// 月度进展: one plan project's report for one month. The year's cumulative investment is the sum of its months, so a
/// corrected month never leaves a stale cumulative behind.
/// </summary>
internal sealed class MonthlyReport : Entity
{
    public const int TextMaxLength = 1000;

    private MonthlyReport()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public decimal InvestmentThisMonth { get; private set; }

    public StartStatus Status { get; private set; }

    public DateOnly? ActualStartDate { get; private set; }

    /// <summary>形象进度.</summary>
    public string? Progress { get; private set; }

    /// <summary>是否入库: entered into the statistics database.</summary>
    public bool? InStatistics { get; private set; }

    public string? Problem { get; private set; }

    public string? ProblemCategoryCode { get; private set; }

    public DateTime ReportedAtUtc { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public MonthlyReportDetails Details => new(InvestmentThisMonth, Status, ActualStartDate, Progress, InStatistics, Problem, ProblemCategoryCode);

    public static MonthlyReport Submit(Guid projectId, int year, int month, MonthlyReportDetails details, ReportContext context, DateTime nowUtc)
    {
        var report = new MonthlyReport { Id = Guid.NewGuid(), ProjectId = projectId, Year = year, Month = month };
        report.Change(details, context, nowUtc);
        return report;
    }

    public void Change(MonthlyReportDetails details, ReportContext context, DateTime nowUtc)
    {
        foreach (var (_, rule) in MonthlyReportRules.For(Year, Month, details, context))
        {
            CheckRule(rule);
        }

        InvestmentThisMonth = details.InvestmentThisMonth;
        Status = details.Status;
        ActualStartDate = details.ActualStartDate;
        Progress = details.Progress;
        InStatistics = details.InStatistics;
        Problem = details.Problem;
        ProblemCategoryCode = details.ProblemCategoryCode;
        ReportedAtUtc = nowUtc;
        ConcurrencyStamp = Guid.NewGuid();
    }
}
