using InvestmentPipeline.Approvals.Workflows.Locks;
using InvestmentPipeline.Approvals.Workflows.Queue;
using InvestmentPipeline.Approvals.Workflows.Store;
using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.SharedKernel.Events;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;

namespace InvestmentPipeline.Approvals.Workflows;

/// <summary>
/// WorkflowCore on our own store, started with the host (AddWorkflow alone never starts it). A 500 ms poll keeps
/// a decision's effect on the engine under a second (the inboxes never wait for it). Each published template
/// version is compiled into a definition (<see cref="CompiledApprovalWorkflow"/>). The work queue keeps one copy of each
/// item and nothing is grey-listed (<see cref="DistinctWorkQueue"/>, <see cref="NoGreyList"/>). On PostgreSQL several hosts share the
/// work through advisory locks (<see cref="PostgresWorkflowLockProvider"/>); SQLite is single-node and keeps WorkflowCore's
/// in-memory lock.
/// </summary>
internal static class WorkflowEngineRegistration
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public static IServiceCollection AddApprovalWorkflowEngine(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddWorkflow(o =>
        {
            o.UsePersistence(sp => ActivatorUtilities.CreateInstance<EfWorkflowStore>(sp));
            o.UsePollInterval(PollInterval);
            o.UseQueueProvider(_ => new DistinctWorkQueue());
            o.EnableIndexes = false; // no search index
            // a pass mostly waits for the database: PostgreSQL serves several at once, SQLite has one writer
            o.UseMaxConcurrentWorkflows(database.IsPostgres ? Environment.ProcessorCount * 2 : Environment.ProcessorCount);
            if (database.IsPostgres)
            {
                o.UseDistributedLockManager(_ => new PostgresWorkflowLockProvider(database.WorkflowLockConnection!));
            }
        });
        services.AddSingleton<IGreyList, NoGreyList>();
        services.AddSingleton<ApprovalDefinitions>();
        services.AddScoped<IIntegrationEventHandler<ApprovalWorkflowStartRequested>, ApprovalEngineHandler>();
        services.AddScoped<IIntegrationEventHandler<ApprovalWorkflowEventsRequested>, ApprovalEngineHandler>();
        services.AddHostedService(sp => new WorkflowEngineService(sp.GetRequiredService<IWorkflowHost>()));
        services.Configure<AuditOptions>(o =>
        {
            // engine bookkeeping, written several times a second: no business fact for the audit log
            foreach (var type in new[]
                     {
                         typeof(StoredWorkflow), typeof(StoredExecutionPointer), typeof(StoredExtensionAttribute), typeof(StoredEvent),
                         typeof(StoredSubscription), typeof(StoredExecutionError),
                     })
            {
                o.NotAudited.Add(type);
            }
        });
        return services;
    }
}
