using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Features.Statistics;

namespace InvestmentPipeline.Scheduling.Features.Briefs;

/// <summary>A plan project in one of the brief's lists (未开(复)工, 已开工未入库), as of the brief's month.</summary>
public sealed record BriefProjectLine(
    string Name, ConstructionType Type, string ResponsibleUnit, decimal PlannedInvestment, decimal InvestmentCompleted, DateOnly? PlannedStartMonth,
    DateOnly? ActualStartDate, string? ProblemCategory, string? Problem);

/// <summary>An open warning in the brief: the rule is the lagging step, the data says by how much and since when.</summary>
public sealed record BriefWarningLine(string ProjectName, string ResponsibleUnit, string Rule, string Data, int SinceMonth);

/// <summary>An unresolved coordination problem or an unclosed rectification item in the brief; <c>Overdue</c> as of generation.</summary>
public sealed record BriefFollowUpLine(string ProjectName, string Matter, string Department, DateOnly Deadline, string Status, bool Overdue);

/// <summary>
/// Everything a brief shows, frozen when it is generated. <c>WarningsEvaluatedMonth</c> is the month of the data the
/// warnings were last evaluated on (null when the year has not been evaluated). Briefs generated before problems and
/// inspections existed have no <c>Problems</c> or <c>Rectifications</c>.
/// </summary>
public sealed record BriefSnapshot(
    int Year, int Month, string Title, DateTime GeneratedAtUtc, string? GeneratedBy, StatisticsDto Figures,
    IReadOnlyList<BriefProjectLine> NotStarted, IReadOnlyList<BriefProjectLine> NotInStatistics,
    IReadOnlyList<BriefWarningLine> Red, IReadOnlyList<BriefWarningLine> Yellow, int? WarningsEvaluatedMonth,
    IReadOnlyList<BriefFollowUpLine>? Problems = null, IReadOnlyList<BriefFollowUpLine>? Rectifications = null);

public sealed record BriefDto(Guid Id, int Year, int Month, string Title, DateTime GeneratedAtUtc, string? GeneratedBy);

public sealed record GenerateBriefRequest(
    [property: Required(ErrorMessage = "请选择年份"), Range(2000, 2100, ErrorMessage = "年份应在 2000–2100 之间")] int? Year,
    [property: Required(ErrorMessage = "请选择截至月份"), Range(1, 12, ErrorMessage = "月份应为 1–12")] int? Month);
