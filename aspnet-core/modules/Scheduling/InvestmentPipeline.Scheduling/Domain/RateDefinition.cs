using InvestmentPipeline.Scheduling.Contracts;

namespace InvestmentPipeline.Scheduling.Domain;

/// <summary>
/// 口径: what a rate counts, stored as data and shown beside the figure because cities define the rates differently.
/// A changed wording is a new version, so a brief can say which definition its figure used.
/// </summary>
internal sealed class RateDefinition
{
    public Guid Id { get; set; }

    public RateCode Code { get; set; }

    public required string Name { get; set; }

    public required string Numerator { get; set; }

    public required string Denominator { get; set; }

    /// <summary>What is included and what is counted apart (e.g. 拟开工 projects).</summary>
    public required string Scope { get; set; }

    public int Version { get; set; } = 1;
}

/// <summary>
/// 区管投资完成额 of an earlier year as the district recorded it before this system, cumulative to the end of a month:
/// the base of 同比 when that year has no reports here.
/// </summary>
internal sealed class HistoricalInvestment
{
    public int Year { get; set; }

    public int Month { get; set; }

    public decimal CumulativeInvestment { get; set; }
}
