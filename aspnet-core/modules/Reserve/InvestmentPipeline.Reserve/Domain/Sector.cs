namespace InvestmentPipeline.Reserve.Domain;

/// <summary>行业领域: the configurable sector list projects are classified by (seeded from the district's plan sheet).</summary>
internal sealed class Sector
{
    public Guid Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;
}
