using InvestmentPipeline.Infrastructure.Excel;
using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Domain;

namespace InvestmentPipeline.Scheduling.Features.Progress;

public sealed record MonthlyReportDto(
    decimal InvestmentThisMonth, StartStatus Status, DateOnly? ActualStartDate, string? Progress, bool? InStatistics, string? Problem,
    string? ProblemCategoryCode, DateTime ReportedAt, Guid ConcurrencyStamp);

/// <summary>A plan project in one month: its report (null when not reported yet) and its year-to-date figures.</summary>
public sealed record ProjectProgressDto(
    Guid ProjectId, string Name, string? Code, ConstructionType Type, decimal PlannedInvestment, DateOnly? PlannedStartMonth, string ResponsibleUnit,
    MonthlyReportDto? Report, decimal CumulativeBefore, decimal CumulativeThisYear, decimal? CompletionRate, StartStatus? LatestStatus);

public sealed record MonthlyProgressDto(int Year, int Month, int PlanProjectCount, int ReportedCount, IReadOnlyList<ProjectProgressDto> Items, int TotalCount);

public sealed record ProgressImportResultDto(int Rows, int Added, int Updated, int Unchanged, IReadOnlyList<string> Warnings, IReadOnlyList<SkippedRow> Skipped);

/// <summary>A month's report as the unit fills it in; amounts in yuan.</summary>
public sealed record SaveMonthlyReportRequest
{
    [Range(typeof(decimal), "0", "1000000000000", ErrorMessage = "本月完成投资须在 0 至 1 万亿元之间")]
    public decimal InvestmentThisMonth { get; init; }

    [Required(ErrorMessage = "请选择开复工状态")]
    [EnumDataType(typeof(StartStatus), ErrorMessage = "开复工状态无效")]
    public StartStatus? Status { get; init; }

    public DateOnly? ActualStartDate { get; init; }

    [StringLength(MonthlyReport.TextMaxLength, ErrorMessage = "形象进度不能超过 1000 个字符")]
    public string? Progress { get; init; }

    public bool? InStatistics { get; init; }

    [StringLength(MonthlyReport.TextMaxLength, ErrorMessage = "存在问题不能超过 1000 个字符")]
    public string? Problem { get; init; }

    [StringLength(32, ErrorMessage = "问题类别编码不能超过 32 个字符")]
    public string? ProblemCategoryCode { get; init; }

    /// <summary>The unit confirmed that the year's completed investment may exceed the annual plan.</summary>
    public bool ConfirmOverPlan { get; init; }

    /// <summary>The report's stamp when it is changed; absent for a month not reported yet.</summary>
    public Guid? ConcurrencyStamp { get; init; }
}
