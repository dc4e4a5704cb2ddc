namespace InvestmentPipeline.Scheduling.Domain;

/// <summary>
/// The plan projects' year as of a month: each one's latest report up to it and its investment so far. The monthly
/// progress list and the figures both read the year this way.
/// </summary>
internal sealed record YearToDate(IReadOnlyDictionary<Guid, MonthlyReport> Latest, IReadOnlyDictionary<Guid, decimal> Totals)
{
    public MonthlyReport? LatestOf(Guid projectId) => Latest.GetValueOrDefault(projectId);

    public decimal TotalOf(Guid projectId) => Totals.GetValueOrDefault(projectId);

    /// <summary>From reports already in memory (one project's year when it is saved; test fixtures).</summary>
    public static YearToDate From(IEnumerable<MonthlyReport> reports, int month)
    {
        var upToMonth = reports.Where(r => r.Month <= month).GroupBy(r => r.ProjectId).ToList();
        return new YearToDate(
            upToMonth.ToDictionary(g => g.Key, g => g.MaxBy(r => r.Month)!),
            upToMonth.ToDictionary(g => g.Key, g => g.Sum(r => r.InvestmentThisMonth)));
    }
}
