using System.Globalization;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Domain.Instances;
using InvestmentPipeline.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace InvestmentPipeline.Approvals.Workflows;

/// <summary>Outbox message: start the workflow of a new approval instance, then publish the given events (step-done of not-applicable steps).</summary>
internal sealed record ApprovalWorkflowStartRequested(Guid InstanceId, Guid TemplateVersionId, List<string> NotApplicable, List<EngineEvent> Events) : IntegrationEvent;

/// <summary>Outbox message: publish a decision's events to the approval's workflow, and terminate it after a rejection.</summary>
internal sealed record ApprovalWorkflowEventsRequested(Guid InstanceId, List<EngineEvent> Events, bool Terminate) : IntegrationEvent;

/// <summary>
/// Delivers approval facts to the engine after they committed. At least once, so idempotent: a workflow is started
/// only when none exists for the instance (its reference), and a duplicate event is harmless because every key is
/// used by one wait only (decision keys carry the round; a step is done once); terminating twice does nothing.
/// </summary>
internal sealed class ApprovalEngineHandler(ApprovalsDbContext db, IWorkflowHost host, ApprovalDefinitions definitions)
    : IIntegrationEventHandler<ApprovalWorkflowStartRequested>, IIntegrationEventHandler<ApprovalWorkflowEventsRequested>
{
    public static string Reference(Guid instanceId) => instanceId.ToString("N", CultureInfo.InvariantCulture);

    public async Task HandleAsync(ApprovalWorkflowStartRequested message, CancellationToken cancellationToken)
    {
        var reference = Reference(message.InstanceId);
        if (!await db.WorkflowInstances.AnyAsync(w => w.Reference == reference, cancellationToken))
        {
            var definitionId = CompiledApprovalWorkflow.IdOf(message.TemplateVersionId);
            await definitions.EnsureAsync(definitionId, db, cancellationToken);
            await host.StartWorkflow(
                definitionId, CompiledApprovalWorkflow.DefinitionVersion,
                new ApprovalWorkflowData { InstanceId = message.InstanceId, NotApplicable = [.. message.NotApplicable] }, reference);
        }

        await PublishAsync(message.Events);
    }

    public async Task HandleAsync(ApprovalWorkflowEventsRequested message, CancellationToken cancellationToken)
    {
        await PublishAsync(message.Events);
        if (message.Terminate)
        {
            await TerminateAsync(message.InstanceId, cancellationToken);
        }
    }

    /// <summary>
    /// Terminates the workflow after a rejection. The controller gives up (returns false) while the engine holds the
    /// instance's lock, e.g. while it is processing the decision just published, and the start message may not have
    /// been delivered yet: try again for a few seconds, then fail so that the outbox retries later.
    /// </summary>
    private async Task TerminateAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var reference = Reference(instanceId);
        var terminal = new[] { (int)WorkflowStatus.Terminated, (int)WorkflowStatus.Complete };
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var workflow = await db.WorkflowInstances.AsNoTracking().Where(w => w.Reference == reference)
                .Select(w => new { w.Id, w.Status }).SingleOrDefaultAsync(cancellationToken);
            if (workflow is not null && (terminal.Contains(workflow.Status) || await host.TerminateWorkflow(workflow.Id.ToString())))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }

        throw new InvalidOperationException($"审批实例 {instanceId} 的流程未能终止（尚未启动或一直被占用），稍后重试。");
    }

    private async Task PublishAsync(IEnumerable<EngineEvent> events)
    {
        foreach (var e in events)
        {
            await host.PublishEvent(e.Name, e.Key, e.Data);
        }
    }
}
