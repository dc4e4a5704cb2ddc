using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Features.Projects;

namespace InvestmentPipeline.Reserve.Features.FundingMatch;

/// <summary>
/// A project measured against a channel: ready, or 1–2 items short (listed); what it already plans from the channel
/// (yuan) and how much of that is secured.
/// </summary>
public sealed record FundingMatchItemDto(
    ProjectListItemDto Project, ChannelReadiness Readiness, IReadOnlyList<string> Missing, decimal ChannelAmount, decimal SecuredChannelAmount);

/// <summary>One page of the projects of one readiness, with the counts of both, for the channel's bid preparation.</summary>
public sealed record FundingMatchDto(
    FundingChannel Channel, ChannelReadiness Readiness, int ReadyCount, int AlmostReadyCount, decimal ReadyTotalInvestment,
    IReadOnlyList<FundingMatchItemDto> Items, int TotalCount);
