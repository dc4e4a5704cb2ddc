using InvestmentPipeline.Reserve.Contracts;

namespace InvestmentPipeline.Reserve.Domain;

/// <summary>One funding channel of a project: amount in yuan and whether it is secured (已落实).</summary>
internal sealed record FundingSource(FundingChannel Channel, decimal Amount, bool IsSecured, string? Note);
