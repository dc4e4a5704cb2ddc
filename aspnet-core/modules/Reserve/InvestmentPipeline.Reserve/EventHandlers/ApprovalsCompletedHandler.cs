using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.EventHandlers;

/// <summary>
/// 建设条件: the project's approvals are complete, so it is ready to build. Delivered by the outbox job, so the change
/// is audited as 系统 and shows in the project's history. Idempotent: a project already ready is left alone.
/// </summary>
internal sealed class ApprovalsCompletedHandler(ReserveDbContext db) : IIntegrationEventHandler<ApprovalsCompletedIntegrationEvent>
{
    public async Task HandleAsync(ApprovalsCompletedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == integrationEvent.ProjectId, cancellationToken)
            ?? throw new InvalidOperationException($"Project {integrationEvent.ProjectId} whose approvals completed does not exist.");
        if (project.BecomeConstructionReady(integrationEvent.CompletedAt))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
