using InvestmentPipeline.Approvals.Workflows.Store;
using InvestmentPipeline.Infrastructure.Auditing;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;

namespace InvestmentPipeline.Approvals.Workflows;

/// <summary>
/// WorkflowCore on our own store, started with the host (AddWorkflow alone never starts it). A 500 ms poll keeps
/// a decision's effect under a second. No definitions are registered yet. Several hosts need a distributed lock
/// provider (not built yet): without it a step can run twice.
/// </summary>
internal static class WorkflowEngineRegistration
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public static IServiceCollection AddApprovalWorkflowEngine(this IServiceCollection services)
    {
        services.AddWorkflow(o =>
        {
            o.UsePersistence(sp => ActivatorUtilities.CreateInstance<EfWorkflowStore>(sp));
            o.UsePollInterval(PollInterval);
        });
        services.AddHostedService(sp => new WorkflowEngineService(sp.GetRequiredService<IWorkflowHost>()));
        services.Configure<AuditOptions>(o =>
        {
            // engine bookkeeping, written several times a second: no business fact for the audit log
            foreach (var type in new[]
                     {
                         typeof(StoredWorkflow), typeof(StoredExecutionPointer), typeof(StoredExtensionAttribute), typeof(StoredEvent),
                         typeof(StoredSubscription), typeof(StoredScheduledCommand), typeof(StoredExecutionError),
                     })
            {
                o.NotAudited.Add(type);
            }
        });
        return services;
    }
}
