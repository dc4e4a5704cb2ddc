using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.SharedKernel.Events;
using InvestmentPipeline.SignedContracts.Contracts;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.EventHandlers;

/// <summary>
/// 落地: a signed contract's project enters the library in 前期 (备案制, sector 产业), or an existing project is marked as
/// coming from the contract. Idempotent by the contract: a project that already carries it is left alone.
/// </summary>
internal sealed class ContractLandingHandler(ReserveDbContext db, TimeProvider time) : IIntegrationEventHandler<ContractLandingIntegrationEvent>
{
    public const string IndustrySector = "INDUSTRY";

    public async Task HandleAsync(ContractLandingIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var e = integrationEvent;
        if (await db.Projects.AnyAsync(p => p.SignedContractId == e.ContractId, cancellationToken))
        {
            return;
        }

        var existing = await db.Projects.FirstOrDefaultAsync(p => p.Id == e.ProjectId, cancellationToken);
        if (existing is not null)
        {
            existing.LinkSignedContract(e.ContractId, e.ContractNumber);
        }
        else if (e.LinkExisting)
        {
            throw new InvalidOperationException($"Project {e.ProjectId} to link to contract {e.ContractNumber} does not exist.");
        }
        else
        {
            var details = new ProjectDetails(
                Clip(e.ProjectName, Project.NameMaxLength), null, InvestmentRegime.Filing, IndustrySector, null, e.ResponsibleDepartmentId,
                Clip(e.CompanyName, Project.UnitMaxLength), null, e.ContractedAmount, [],
                e.PlannedStart is { } start ? new DateOnly(start.Year, start.Month, 1) : null, null, ProjectMaturity.Preliminary, null);
            db.Projects.Add(Project.EnterFromContract(e.ProjectId, details, e.ContractId, e.ContractNumber, time.GetUtcNow().UtcDateTime));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
