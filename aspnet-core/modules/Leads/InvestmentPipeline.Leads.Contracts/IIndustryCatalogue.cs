namespace InvestmentPipeline.Leads.Contracts;

/// <summary>An industry of the 重点招商目录 as the other modules need it.</summary>
public sealed record IndustryInfo(string Code, string Name, bool IsActive);

/// <summary>Read access to the 重点招商目录 (target-industry catalogue), which the Leads module owns.</summary>
public interface IIndustryCatalogue
{
    /// <summary>Every industry, active or not, in catalogue order.</summary>
    Task<IReadOnlyList<IndustryInfo>> GetAllAsync(CancellationToken cancellationToken);
}
