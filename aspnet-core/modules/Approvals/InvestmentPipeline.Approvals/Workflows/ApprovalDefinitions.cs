using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WorkflowCore.Interface;

namespace InvestmentPipeline.Approvals.Workflows;

/// <summary>
/// Registers the compiled definition of template versions with the engine: every published version at start-up
/// (before the engine starts, so instances that were running resume), before a new instance starts, and when the
/// store loads an instance of a version this host does not know yet (published on another host after this one
/// started). Registering is idempotent.
/// </summary>
internal sealed class ApprovalDefinitions(IWorkflowRegistry registry)
{
    /// <summary>Registers the version behind an approval workflow's definition id, unless it is registered already.</summary>
    public async Task EnsureAsync(string definitionId, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        if (!CompiledApprovalWorkflow.TryParseId(definitionId, out var versionId) || IsRegistered(definitionId))
        {
            return;
        }

        var version = await db.ApprovalTemplateVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        if (version is not null)
        {
            Ensure(version);
        }
    }

    private bool IsRegistered(string definitionId)
    {
        lock (registry)
        {
            return registry.IsRegistered(definitionId, CompiledApprovalWorkflow.DefinitionVersion);
        }
    }

    public void Ensure(ApprovalTemplateVersion version)
    {
        var id = CompiledApprovalWorkflow.IdOf(version.Id);
        lock (registry)
        {
            if (!registry.IsRegistered(id, CompiledApprovalWorkflow.DefinitionVersion))
            {
                registry.RegisterWorkflow(new CompiledApprovalWorkflow(version.Id, version.Steps));
            }
        }
    }
}

/// <summary>Runs before <see cref="WorkflowEngineService"/> (registered first): the published versions' definitions.</summary>
internal sealed class ApprovalDefinitionsStartup(IServiceScopeFactory scopes, ApprovalDefinitions definitions) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var versions = await db.ApprovalTemplateVersions.AsNoTracking().Where(v => v.Status == TemplateVersionStatus.Published).ToListAsync(cancellationToken);
        foreach (var version in versions)
        {
            definitions.Ensure(version);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
