using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.SharedKernel.Events;
using InvestmentPipeline.SharedKernel.Time;
using InvestmentPipeline.SignedContracts.Data;
using InvestmentPipeline.SignedContracts.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.SignedContracts.EventHandlers;

/// <summary>
/// A lead was signed: its contract is created with the id the lead holds, in 未启动. Idempotent by that id; a number
/// already taken by another contract gets -2, -3… and the history says so.
/// </summary>
internal sealed class LeadSignedHandler(SignedContractsDbContext db, IUserDirectory users, TimeProvider time) : IIntegrationEventHandler<LeadSignedIntegrationEvent>
{
    public async Task HandleAsync(LeadSignedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var e = integrationEvent;
        if (await db.Contracts.AnyAsync(c => c.Id == e.ContractId, cancellationToken))
        {
            return;
        }

        var taken = (await db.Contracts.Where(c => c.Number == e.ContractNumber || c.Number.StartsWith(e.ContractNumber + "-"))
            .Select(c => c.Number).ToListAsync(cancellationToken)).ToHashSet();
        var number = ContractNumber.FirstFree(e.ContractNumber, taken);
        var signer = (await users.GetByIdsAsync([e.SignedByUserId], cancellationToken)).GetValueOrDefault(e.SignedByUserId);
        var by = new Actor(e.SignedByUserId, signer?.DisplayName ?? "招商线索");
        var now = time.GetUtcNow().UtcDateTime;
        var terms = new ContractTerms(
            e.ProjectName, e.CompanyName, string.IsNullOrWhiteSpace(e.CreditCode) ? null : e.CreditCode, e.SignedOn, e.SigningEvent, e.IndustryCode,
            e.ContractedAmount, e.ResponsibleDepartmentId);
        // The lead's signing day is the contract's; the clock may lag it by a time zone, never the other way round.
        var today = ShanghaiClock.Today(time) is var t && t < e.SignedOn ? e.SignedOn : t;
        var contract = SignedContract.Create(e.ContractId, number, terms, e.LeadId, "由招商线索签约生成", by, today, now);
        if (number != e.ContractNumber)
        {
            contract.Note($"签约编号 {e.ContractNumber} 已被其他签约项目使用，改为 {number}", by, now);
        }

        db.Contracts.Add(contract);
        await db.SaveChangesAsync(cancellationToken);
    }
}
