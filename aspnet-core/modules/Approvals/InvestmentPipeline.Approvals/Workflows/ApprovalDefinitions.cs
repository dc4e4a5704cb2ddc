using InvestmentPipeline.Approvals.Data;
using Microsoft.EntityFrameworkCore;
using WorkflowCore.Interface;

namespace InvestmentPipeline.Approvals.Workflows;

/// <summary>
/// Registers the compiled definition of a template version with this host's engine when it is first needed: before an
/// instance of it starts, and when the store loads an instance of it (after a restart, or for a version published on
/// another host). One mechanism, so that no host has to know every version in advance. Registering is idempotent.
/// </summary>
internal sealed class ApprovalDefinitions(IWorkflowRegistry registry)
{
    /// <summary>Registers the version behind an approval workflow's definition id, unless it is registered already.</summary>
    public async Task EnsureAsync(string definitionId, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        if (!CompiledApprovalWorkflow.TryParseId(definitionId, out var versionId) || registry.IsRegistered(definitionId, CompiledApprovalWorkflow.DefinitionVersion))
        {
            return;
        }

        var version = await db.ApprovalTemplateVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        if (version is null)
        {
            return;
        }

        lock (registry)
        {
            if (!registry.IsRegistered(definitionId, CompiledApprovalWorkflow.DefinitionVersion))
            {
                registry.RegisterWorkflow(new CompiledApprovalWorkflow(version.Id, version.Steps));
            }
        }
    }
}
