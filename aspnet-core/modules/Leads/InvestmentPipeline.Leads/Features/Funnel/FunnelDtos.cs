using InvestmentPipeline.Leads.Contracts;

namespace InvestmentPipeline.Leads.Features.Funnel;

/// <summary>
/// One step of the funnel: <c>Reached</c> counts the period's leads that got at least this far (an abandoned lead
/// counts up to where it got); <c>Current</c> those standing here now; the conversion is reached ÷ the previous step's
/// reached, a fraction with 4 decimals (null for the first step or an empty previous step).
/// </summary>
public sealed record FunnelStageDto(LeadStage Stage, string Name, int Reached, int Current, decimal? ConversionFromPrevious);

/// <summary>A breakdown row: the period's leads of one source, industry or owner, how many signed, and the share that signed.</summary>
public sealed record FunnelGroupDto(string Key, string Name, int Total, int Open, int Contracted, int Abandoned, decimal ConversionRate);

public sealed record FunnelDto(
    DateOnly? From, DateOnly? To, int Total, int Abandoned, decimal ConversionRate, IReadOnlyList<FunnelStageDto> Stages,
    IReadOnlyList<FunnelGroupDto> BySource, IReadOnlyList<FunnelGroupDto> ByIndustry, IReadOnlyList<FunnelGroupDto> ByOwner, string Definition);
