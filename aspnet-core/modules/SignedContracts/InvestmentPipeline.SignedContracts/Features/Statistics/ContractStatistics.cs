using InvestmentPipeline.SignedContracts.Contracts;

namespace InvestmentPipeline.SignedContracts.Features.Statistics;

/// <summary>One contract of a cohort as SQL aggregates it: its keys, amount, state and funds total (never its entries).</summary>
internal sealed record CohortContract(
    Guid Id, string? SigningEvent, string IndustryCode, Guid DepartmentId, decimal ContractedAmount, FulfilmentState State, bool StartedMilestone,
    bool ProducedMilestone, bool Landed, decimal FundsArrived)
{
    public bool Fulfilling => State is FulfilmentState.Preparing or FulfilmentState.UnderConstruction or FulfilmentState.Producing;

    public bool Started => State is FulfilmentState.UnderConstruction or FulfilmentState.Producing || StartedMilestone;

    public bool Producing => State == FulfilmentState.Producing || ProducedMilestone;
}

/// <summary>履约率, 资金到位率, 开工率, 投产率 of a set of contracts: fractions rounded to 4 places, 0 when nothing was signed.</summary>
internal static class ContractStatistics
{
    public const string NoEvent = "（无签约活动）";

    public static decimal Rate(decimal numerator, decimal denominator) =>
        denominator == 0 ? 0m : decimal.Round(numerator / denominator, 4, MidpointRounding.AwayFromZero);

    public static CohortRowDto Row(string key, string name, IReadOnlyCollection<CohortContract> contracts)
    {
        var amount = contracts.Sum(c => c.ContractedAmount);
        var funds = contracts.Sum(c => c.FundsArrived);
        var fulfilling = contracts.Count(c => c.Fulfilling);
        return new CohortRowDto(
            key, name, contracts.Count, amount, fulfilling, Rate(fulfilling, contracts.Count), funds, Rate(funds, amount),
            contracts.Count(c => c.Started), contracts.Count(c => c.Producing));
    }

    public static IReadOnlyList<FunnelStepDto> Funnel(IReadOnlyCollection<CohortContract> contracts)
    {
        FunnelStepDto Step(string step, string name, Func<CohortContract, bool> which, Func<CohortContract, decimal>? amount = null)
        {
            var chosen = contracts.Where(which).ToList();
            return new FunnelStepDto(step, name, chosen.Count, chosen.Sum(amount ?? (c => c.ContractedAmount)));
        }

        return
        [
            Step("signed", "签约", _ => true),
            Step("fundsArriving", "资金到位", c => c.FundsArrived > 0, c => c.FundsArrived),
            Step("fulfilling", "履约", c => c.Fulfilling),
            Step("started", "开工", c => c.Started),
            Step("producing", "投产", c => c.Producing),
            Step("landed", "落地", c => c.Landed),
        ];
    }
}
