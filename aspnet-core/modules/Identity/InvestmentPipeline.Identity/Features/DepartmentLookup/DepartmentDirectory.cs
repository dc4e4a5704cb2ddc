using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Identity.Data;
using InvestmentPipeline.Identity.Seeding;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Identity.Features.DepartmentLookup;

/// <summary>Departments for other modules; a town (乡镇/街道) is a department under the seeded TOWNS node.</summary>
internal sealed class DepartmentDirectory(IdentityModuleDbContext db) : IDepartmentDirectory
{
    public async Task<IReadOnlyDictionary<Guid, DepartmentInfo>> GetAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var townsId = await TownsIdAsync(cancellationToken);
        return await db.Departments.Where(d => wanted.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => new DepartmentInfo(d.Id, d.ParentId, d.Name, d.Code, d.ParentId != null && d.ParentId == townsId), cancellationToken);
    }

    public async Task<IReadOnlyList<DepartmentInfo>> GetAllAsync(CancellationToken cancellationToken)
    {
        var townsId = await TownsIdAsync(cancellationToken);
        return await db.Departments.OrderBy(d => d.SortOrder).ThenBy(d => d.Code)
            .Select(d => new DepartmentInfo(d.Id, d.ParentId, d.Name, d.Code, d.ParentId != null && d.ParentId == townsId))
            .ToListAsync(cancellationToken);
    }

    private Task<Guid?> TownsIdAsync(CancellationToken cancellationToken) =>
        db.Departments.Where(d => d.Code == DepartmentCatalog.TownsCode).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
}
