using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.FundingMatch;

/// <summary>A candidate project measured against one channel's requirements.</summary>
internal sealed record ChannelMatch(Project Project, ChannelReadiness Readiness, IReadOnlyList<string> Missing, decimal ChannelAmount, decimal SecuredChannelAmount);

/// <summary>
/// Measures candidate projects against a channel in memory (the requirements read the whole project, the library is a few
/// thousand projects at most). Projects more than <see cref="AlmostReadyMaxMissing"/> items short are left out.
/// </summary>
internal static class FundingMatchQueries
{
    public const int AlmostReadyMaxMissing = 2;

    public static async Task<IReadOnlyList<ChannelMatch>> MatchAsync(IQueryable<Project> candidates, FundingChannel channel, CancellationToken ct)
    {
        var projects = await candidates.AsNoTracking().ToListAsync(ct);
        return projects
            .Select(p => (Project: p, Missing: FundingChannelRequirements.MissingFor(channel, p.Details)))
            .Where(m => m.Missing.Count <= AlmostReadyMaxMissing)
            .Select(m => new ChannelMatch(
                m.Project,
                m.Missing.Count == 0 ? ChannelReadiness.Ready : ChannelReadiness.AlmostReady,
                m.Missing,
                m.Project.FundingSources.Where(f => f.Channel == channel).Sum(f => f.Amount),
                m.Project.FundingSources.Where(f => f.Channel == channel && f.IsSecured).Sum(f => f.Amount)))
            .OrderBy(m => m.Readiness)
            .ThenByDescending(m => m.Project.TotalInvestment)
            .ThenBy(m => m.Project.Name, StringComparer.Ordinal)
            .ToList();
    }
}
