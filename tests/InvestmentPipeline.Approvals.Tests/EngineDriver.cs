using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace InvestmentPipeline.Approvals.Tests;

/// <summary>Registers the test workflows on a host and waits for the engine by polling the store (never fixed sleeps).</summary>
public static class EngineDriver
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static IWorkflowHost Engine(this AppFactory app)
    {
        var host = app.Services.GetRequiredService<IWorkflowHost>();
        var registry = app.Services.GetRequiredService<IWorkflowRegistry>();
        lock (registry)
        {
            Register(registry, new WaitForOneEvent());
            Register(registry, new WaitInTwoBranches());
            Register(registry, new SleepOneSecond());
        }

        return host;
    }

    public static IPersistenceProvider Store(this AppFactory app) => app.Services.GetRequiredService<IPersistenceProvider>();

    public static async Task<WorkflowInstance> WaitUntilAsync(this AppFactory app, string id, Func<WorkflowInstance, bool> condition, string what)
    {
        var store = app.Store();
        var deadline = DateTime.UtcNow + Timeout;
        WorkflowInstance? instance = null;
        while (DateTime.UtcNow < deadline)
        {
            instance = await store.GetWorkflowInstance(id);
            if (instance is not null && condition(instance))
            {
                return instance;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Workflow {id} did not reach '{what}' within {Timeout.TotalSeconds} s; status {instance?.Status}, pointers: "
            + string.Join(", ", instance?.ExecutionPointers.Select(p => $"{p.StepName ?? p.StepId.ToString(System.Globalization.CultureInfo.InvariantCulture)}={p.Status}") ?? []));
    }

    public static Task<WorkflowInstance> WaitUntilCompleteAsync(this AppFactory app, string id) =>
        app.WaitUntilAsync(id, w => w.Status == WorkflowStatus.Complete, "Complete");

    public static Task<WorkflowInstance> WaitUntilWaitingAsync(this AppFactory app, string id, int events = 1) =>
        app.WaitUntilAsync(id, w => w.ExecutionPointers.Count(p => p.Status == PointerStatus.WaitingForEvent) == events, $"{events} waiting for an event");

    private static void Register<TData>(IWorkflowRegistry registry, IWorkflow<TData> workflow)
        where TData : new()
    {
        if (!registry.IsRegistered(workflow.Id, workflow.Version))
        {
            registry.RegisterWorkflow(workflow);
        }
    }
}
