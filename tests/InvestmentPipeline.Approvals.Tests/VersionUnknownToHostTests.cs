using InvestmentPipeline.Approvals.Domain.Instances;
using InvestmentPipeline.Approvals.Workflows;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;
using WorkflowCore.Models;
using static InvestmentPipeline.Approvals.Tests.ApprovalRun;

namespace InvestmentPipeline.Approvals.Tests;

/// <summary>A workflow of a template version this host's engine has not registered (审批制 project 7).</summary>
public abstract partial class ApprovalApiTests<TApp>
    where TApp : AppFactory
{
    /// <summary>
    /// Several hosts share one PostgreSQL database: a version published on one host after another started is unknown to
    /// the other's engine, which may still pick up its instances. Removing the definition from this host's registry
    /// makes this host that other one.
    /// </summary>
    [Fact]
    public async Task A_host_that_never_registered_the_instances_template_version_still_runs_its_workflow()
    {
        var (admin, project) = await ApprovalProjectAsync(7);
        var drc = await app.ApproverAsync("DRC");
        var started = await StartAsync(admin, project.Id);
        var workflowId = await app.WorkflowIdAsync(started.Id);
        await app.WaitUntilAsync(workflowId, w => AwaitsDecisionOf(w, started.Id, "PROPOSAL"), "the proposal's decision awaited");
        var registry = app.Services.GetRequiredService<IWorkflowRegistry>();
        var definitionId = CompiledApprovalWorkflow.IdOf(started.TemplateVersionId);
        registry.DeregisterWorkflow(definitionId, CompiledApprovalWorkflow.DefinitionVersion);
        var unknownBefore = !registry.IsRegistered(definitionId, CompiledApprovalWorkflow.DefinitionVersion);

        var decided = await drc.DecideAsync(started["PROPOSAL"], "Approve", "同意");
        var workflow = await app.WaitUntilAsync(workflowId, w => decided.NowPending.All(code => AwaitsDecisionOf(w, started.Id, code)), "the opened steps' decisions awaited");

        unknownBefore.ShouldBeTrue();
        decided.NowPending.ShouldNotBeEmpty();
        ((ApprovalWorkflowData)workflow.Data).Approved.ShouldBe(["PROPOSAL"]);
        registry.IsRegistered(definitionId, CompiledApprovalWorkflow.DefinitionVersion).ShouldBeTrue();
    }

    private static bool AwaitsDecisionOf(WorkflowInstance workflow, Guid instanceId, string stepCode) =>
        workflow.ExecutionPointers.Any(p => p.Status == PointerStatus.WaitingForEvent && p.EventName == EngineEvent.DecisionEvent
            && p.EventKey == EngineEvent.DecisionKey(instanceId, stepCode, 1));
}
