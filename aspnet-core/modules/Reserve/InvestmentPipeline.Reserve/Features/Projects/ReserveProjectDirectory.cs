using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Projects;

internal sealed class ReserveProjectDirectory(ReserveDbContext db) : IReserveProjectDirectory
{
    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Projects.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
    }

    public Task<ReserveProjectInfo?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Projects.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new ReserveProjectInfo(p.Id, p.Name, p.Regime, p.ResponsibleDepartmentId, p.SignedContractNumber))
            .SingleOrDefaultAsync(cancellationToken);
}
