using InvestmentPipeline.SignedContracts.Contracts;
using InvestmentPipeline.SignedContracts.Data;
using InvestmentPipeline.SignedContracts.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.SignedContracts.Features;

internal sealed class SignedContractDirectory(SignedContractsDbContext db) : ISignedContractDirectory
{
    public Task<bool> IsNumberTakenAsync(string number, CancellationToken cancellationToken) =>
        db.Contracts.AnyAsync(c => c.Number == number, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, SignedContractInfo>> GetAsync(IEnumerable<Guid> contractIds, CancellationToken cancellationToken)
    {
        var ids = contractIds.Distinct().ToList();
        var rows = await db.Contracts.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Number, c.ProjectName, c.State, c.ContractedAmount, Funds = c.Funds.Sum(f => (decimal?)f.Amount) ?? 0m })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => new SignedContractInfo(r.Id, r.Number, r.ProjectName, ContractWords.State(r.State), r.ContractedAmount, r.Funds));
    }
}
