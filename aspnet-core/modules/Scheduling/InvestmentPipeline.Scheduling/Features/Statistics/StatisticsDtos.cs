using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;

namespace InvestmentPipeline.Scheduling.Features.Statistics;

public sealed record RateDefinitionDto(RateCode Code, string Name, string Numerator, string Denominator, string Scope, int Version);

public sealed record TypeFiguresDto(ConstructionType Type, int Count, int StartedCount, decimal PlannedInvestment, decimal InvestmentCompleted);

public sealed record SectorFiguresDto(string SectorCode, int Count, int StartedCount, decimal PlannedInvestment, decimal InvestmentCompleted);

/// <summary>A target of the year against the figure as of the month; <c>Due</c> once the target's month has ended.</summary>
public sealed record TargetGapDto(PlanTargetKind Kind, int Month, decimal Target, decimal? Actual, decimal? Gap, bool Due);

/// <summary>
/// The figures of <c>GET /api/scheduling/statistics</c>: amounts in yuan, rates as fractions with 4 decimals (null when
/// nothing is counted). <c>LastYearSource</c> says where 同比 comes from: "reports" (last year's reports here),
/// "entered" (the district's recorded figure) or null (unknown).
/// </summary>
public sealed record StatisticsDto(
    int Year, int Month,
    int PlanProjectCount, int NewCount, int NewStartedCount, int ContinuingCount, int ContinuingResumedCount, int PlannedCount, int PlannedStartedCount,
    decimal? StartRate, decimal? ResumeRate, decimal? StartOrResumeRate,
    decimal InvestmentCompleted, decimal? InvestmentCompletedLastYearSamePeriod, decimal? YoyGrowth, string? LastYearSource,
    decimal AnnualPlanInvestment, decimal? PlanCompletionRate, decimal TimeElapsedRate,
    int NotStartedOrResumedCount, int StartedNotInStatisticsCount,
    IReadOnlyList<TypeFiguresDto> ByType, IReadOnlyList<SectorFiguresDto> BySector, IReadOnlyList<TargetGapDto> Targets,
    IReadOnlyList<RateDefinitionDto> Definitions);

/// <summary>A project behind a figure, as of the month.</summary>
public sealed record StatisticsProjectDto(
    Guid ProjectId, string Name, string? Code, ConstructionType Type, string SectorCode, string ResponsibleUnit, decimal PlannedInvestment,
    decimal InvestmentCompleted, StartStatus? Status, DateOnly? ActualStartDate, bool? InStatistics, string? ProblemCategoryCode, string? Problem);

public sealed record HistoricalMonthDto(int Month, decimal CumulativeInvestment);

public sealed record SaveHistoricalInvestmentRequest(IReadOnlyList<HistoricalMonthDto>? Months);
