using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Identity.Data;
using InvestmentPipeline.Identity.Domain;
using InvestmentPipeline.Identity.Seeding;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Identity.Features.DepartmentLookup;

/// <summary>Departments for other modules; a town (乡镇/街道) is a department under the seeded TOWNS node.</summary>
internal sealed class DepartmentDirectory(IdentityModuleDbContext db) : IDepartmentDirectory
{
    public async Task<IReadOnlyDictionary<Guid, DepartmentInfo>> GetAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return (await ReadAsync(db.Departments.Where(d => wanted.Contains(d.Id)), cancellationToken)).ToDictionary(d => d.Id);
    }

    public async Task<IReadOnlyList<DepartmentInfo>> GetAllAsync(CancellationToken cancellationToken) =>
        await ReadAsync(db.Departments.OrderBy(d => d.SortOrder).ThenBy(d => d.Code), cancellationToken);

    /// <summary>The departments with their 简称 in one query (the aliases are joined, not read per department).</summary>
    private async Task<List<DepartmentInfo>> ReadAsync(IQueryable<Department> departments, CancellationToken cancellationToken)
    {
        var townsId = await db.Departments.Where(d => d.Code == DepartmentCatalog.TownsCode).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
        var rows = await departments.AsNoTracking().Include(d => d.Aliases).ToListAsync(cancellationToken);
        return rows.Select(d => new DepartmentInfo(
                d.Id, d.ParentId, d.Name, d.Code, d.ParentId != null && d.ParentId == townsId,
                d.Aliases.Select(a => a.Alias).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }
}
