using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.Leads.Data;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Leads.Features.Industries;

/// <summary>The 重点招商目录 for the other modules (SignedContracts names a contract's industry by its code).</summary>
internal sealed class IndustryCatalogue(LeadsDbContext db) : IIndustryCatalogue
{
    public async Task<IReadOnlyList<IndustryInfo>> GetAllAsync(CancellationToken cancellationToken) =>
        await db.Industries.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .Select(i => new IndustryInfo(i.Code, i.Name, i.IsActive)).ToListAsync(cancellationToken);
}
