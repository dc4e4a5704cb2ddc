using InvestmentPipeline.Identity.Data;
using InvestmentPipeline.Identity.Domain;
using InvestmentPipeline.SharedKernel.Text;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Identity.Features.DepartmentAliases;

/// <summary>Who holds each normalised text as a department name or 简称 (both tables are small: read whole).</summary>
internal static class NameHolders
{
    public static async Task<ILookup<string, NameHolder>> ReadAsync(IdentityModuleDbContext db, CancellationToken ct)
    {
        var names = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var aliases = await db.DepartmentAliases.AsNoTracking().Select(a => new { a.DepartmentId, a.NormalizedAlias }).ToListAsync(ct);
        return names.Select(n => (Key: OrganisationName.Normalize(n.Value), Holder: new NameHolder(n.Key, n.Value, IsAlias: false)))
            .Concat(aliases.Select(a => (Key: a.NormalizedAlias, Holder: new NameHolder(a.DepartmentId, names[a.DepartmentId], IsAlias: true))))
            .ToLookup(x => x.Key, x => x.Holder, StringComparer.Ordinal);
    }
}
