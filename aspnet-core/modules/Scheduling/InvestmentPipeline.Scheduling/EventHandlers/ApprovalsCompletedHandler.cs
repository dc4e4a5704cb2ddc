using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.EventHandlers;

/// <summary>
/// 前期手续已完成 (可入库): records that the project's approvals are complete; its 前期手续 warning clears at the next
/// evaluation and its 入库 warning says it may enter the statistics database. Idempotent by the project: the outbox may
/// deliver twice, and a project's approvals complete once.
/// </summary>
internal sealed class ApprovalsCompletedHandler(SchedulingDbContext db, TimeProvider time) : IIntegrationEventHandler<ApprovalsCompletedIntegrationEvent>
{
    public async Task HandleAsync(ApprovalsCompletedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.PreProceduresCompletions.AnyAsync(c => c.ProjectId == integrationEvent.ProjectId, cancellationToken))
        {
            return;
        }

        db.PreProceduresCompletions.Add(new PreProceduresCompletion
        {
            ProjectId = integrationEvent.ProjectId,
            ApprovalInstanceId = integrationEvent.InstanceId,
            CompletedAtUtc = integrationEvent.CompletedAt,
            RecordedAtUtc = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
