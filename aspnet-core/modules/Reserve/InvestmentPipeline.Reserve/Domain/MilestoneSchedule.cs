using InvestmentPipeline.Reserve.Contracts;

namespace InvestmentPipeline.Reserve.Domain;

/// <summary>
/// 倒排工期: the chosen milestones' dates worked backwards from the deadline of the last one, using the typical
/// time between milestones of the district's key projects (前期完成 → 开工 about a month for permits and tendering,
/// 开工 → 主体完工 about eight months, 主体完工 → 竣工 about two months of finishing and acceptance).
/// The unit adjusts the proposal; it is a starting point, not a rule.
/// </summary>
internal static class MilestoneSchedule
{
    private static readonly Dictionary<MilestoneKind, int> DaysToNext = new Dictionary<MilestoneKind, int>
    {
        [MilestoneKind.PreWorkDone] = 30,
        [MilestoneKind.Start] = 240,
        [MilestoneKind.MainWorksDone] = 60,
    };

    public static IReadOnlyList<(MilestoneKind Kind, DateOnly Date)> Propose(IEnumerable<MilestoneKind> chosen, DateOnly deadline)
    {
        var kinds = chosen.Distinct().OrderByDescending(k => k).ToList();
        var proposal = new List<(MilestoneKind, DateOnly)>();
        var date = deadline;
        for (var i = 0; i < kinds.Count; i++)
        {
            if (i > 0)
            {
                date = date.AddDays(-DaysBetween(kinds[i], kinds[i - 1]));
            }

            proposal.Add((kinds[i], date));
        }

        proposal.Reverse();
        return proposal;
    }

    private static int DaysBetween(MilestoneKind from, MilestoneKind to) =>
        Enumerable.Range((int)from, (int)to - (int)from).Sum(k => DaysToNext[(MilestoneKind)k]);
}
