using Microsoft.Extensions.Hosting;
using WorkflowCore.Interface;

namespace InvestmentPipeline.Approvals.Workflows;

/// <summary>
/// Starts the WorkflowCore host with the application and stops it once. WorkflowHost.StopAsync is not idempotent
/// (a second call throws from its lifecycle publisher), and a web host can be stopped twice at the same time
/// (WebApplicationFactory's dispose, and RunAsync's own shutdown, which then disposes the container): every caller
/// waits for the one stop, so nothing is disposed under it.
/// </summary>
internal sealed class WorkflowEngineService(IWorkflowHost host) : IHostedService
{
    private readonly Lock gate = new();
    private bool started;
    private Task? stopping;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await host.StartAsync(cancellationToken);
        lock (gate)
        {
            started = true;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return started ? stopping ??= host.StopAsync(CancellationToken.None) : Task.CompletedTask;
        }
    }
}
