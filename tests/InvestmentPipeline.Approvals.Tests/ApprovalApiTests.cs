using System.Net;
using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Workflows;
using InvestmentPipeline.Infrastructure.Outbox;
using InvestmentPipeline.SharedKernel.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Models;
using static InvestmentPipeline.Approvals.Tests.ApprovalRun;

namespace InvestmentPipeline.Approvals.Tests;

/// <summary>
/// Approval runs over HTTP on demo projects. 备案制 (Filing): FILING (DRC) → EIA (EEB) ∥ LAND (NRB) → PLANNING_PERMIT (NRB)
/// → CONSTRUCTION_PERMIT (HUD); its four IPB projects serve the four full runs, 审批制 projects (first step PROPOSAL, DRC) the rest.
/// </summary>
public abstract partial class ApprovalApiTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private async Task<(ApiSession Admin, ProjectRow Project)> FilingProjectAsync(int index)
    {
        var admin = await app.AdminAsync();
        return (admin, (await DemoProjectsAsync(admin, "Filing", "IPB"))[index]);
    }

    private async Task<(ApiSession Admin, ProjectRow Project)> ApprovalProjectAsync(int index)
    {
        var admin = await app.AdminAsync();
        var edu = await TestUsers.DepartmentIdAsync(admin, "EDU"); // EDU is the department without a step: keep its projects out
        return (admin, (await DemoProjectsAsync(admin, "Approval")).Where(p => p.ResponsibleDepartmentId != edu).ToList()[index]);
    }

    private async Task<InstanceRow> ApproveAsync(InstanceRow instance, string code, string department)
    {
        var approver = await app.ApproverAsync(department);
        var fresh = await approver.InstanceAsync(instance.Id);
        await approver.DecideAsync(fresh[code], "Approve", "同意");
        return await approver.InstanceAsync(instance.Id);
    }

    /// <summary>When the project became ready to build (建设条件) in Reserve, once the outbox job has told it.</summary>
    private static async Task<DateTime?> ConstructionReadyAtAsync(ApiSession session, Guid projectId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var project = await session.GetJsonAsync<System.Text.Json.JsonElement>($"/api/reserve/projects/{projectId}");
            if (project.GetProperty("constructionReadyAt").ValueKind != System.Text.Json.JsonValueKind.Null)
            {
                return project.GetProperty("constructionReadyAt").GetDateTime();
            }

            await Task.Delay(100);
        }

        return null;
    }

    private async Task<int> DecisionRowsAsync(Guid stepId) =>
        await app.InScopeAsync(sp => sp.GetRequiredService<ApprovalsDbContext>().ApprovalDecisions.CountAsync(d => d.StepId == stepId));

    [Fact]
    public async Task Parallel_steps_reach_both_inboxes_the_dependant_is_pending_at_once_and_the_engine_completes()
    {
        var (admin, project) = await FilingProjectAsync(0);
        var drc = await app.ApproverAsync("DRC");
        var eeb = await app.ApproverAsync("EEB");
        var nrb = await app.ApproverAsync("NRB");
        var hud = await app.ApproverAsync("HUD");

        var started = await StartAsync(admin, project.Id);
        var filing = await drc.DecideAsync(started["FILING"], "Approve", "准予备案");
        var eebInbox = await eeb.InboxAsync();
        var nrbInbox = await nrb.InboxAsync();
        var afterFiling = await admin.InstanceAsync(started.Id);
        // both parallel steps decided at the same moment by their departments
        var both = await Task.WhenAll(eeb.DecideRawAsync(afterFiling["EIA"], "Approve", "同意"), nrb.DecideRawAsync(afterFiling["LAND"], "Approve", "同意"));
        var nrbInboxNow = await nrb.InboxAsync(); // no waiting: the dependant is pending as soon as the decisions returned
        var afterBoth = await admin.InstanceAsync(started.Id);
        await nrb.DecideAsync(afterBoth["PLANNING_PERMIT"], "Approve", "同意");
        var last = await hud.DecideAsync((await admin.InstanceAsync(started.Id))["CONSTRUCTION_PERMIT"], "Approve", "同意");
        var done = await admin.InstanceAsync(started.Id);
        var completedEvents = await app.InScopeAsync(sp => sp.GetRequiredService<ApprovalsDbContext>().Set<OutboxMessage>()
            .Where(m => m.Type.Contains(nameof(ApprovalsCompletedIntegrationEvent)) && m.Content.Contains(started.Id.ToString())).CountAsync());
        var workflow = await app.WaitUntilCompleteAsync(await app.WorkflowIdAsync(started.Id));
        var readyAt = await ConstructionReadyAtAsync(admin, project.Id); // Reserve hears of it through the outbox

        started.ShouldSatisfyAllConditions(
            s => s.State.ShouldBe("Running"), s => s.Regime.ShouldBe("Filing"), s => s.ProjectName.ShouldBe(project.Name), s => s.Steps.Count.ShouldBe(5),
            s => s["FILING"].State.ShouldBe("Pending"), s => s["EIA"].State.ShouldBe("Waiting"), s => s["PLANNING_PERMIT"].Prerequisites.ShouldBe(["EIA", "LAND"]));
        filing.NowPending.ShouldBe(["EIA", "LAND"]);
        eebInbox.ShouldContain(t => t.InstanceId == started.Id && t.StepCode == "EIA" && t.ProjectName == project.Name && t.DaysWaiting == 0);
        nrbInbox.ShouldContain(t => t.InstanceId == started.Id && t.StepCode == "LAND");
        nrbInbox.ShouldNotContain(t => t.InstanceId == started.Id && t.StepCode == "PLANNING_PERMIT");
        both.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.OK);
        nrbInboxNow.ShouldContain(t => t.InstanceId == started.Id && t.StepCode == "PLANNING_PERMIT");
        nrbInboxNow.ShouldNotContain(t => t.InstanceId == started.Id && t.StepCode == "LAND");
        afterBoth["PLANNING_PERMIT"].State.ShouldBe("Pending");
        last.InstanceState.ShouldBe("Completed");
        done.ShouldSatisfyAllConditions(
            d => d.State.ShouldBe("Completed"), d => d.EndedAt.ShouldNotBeNull(), d => d.Steps.ShouldAllBe(s => s.State == "Approved"),
            d => d["EIA"].Decisions.Single().ShouldSatisfyAllConditions(x => x.Kind.ShouldBe("Approve"), x => x.Comment.ShouldBe("同意"), x => x.UserName.ShouldNotBeEmpty()),
            d => d["EIA"].DurationDays.ShouldBe(0));
        completedEvents.ShouldBe(1);
        readyAt.ShouldBe(done.EndedAt);
        workflow.Status.ShouldBe(WorkflowStatus.Complete);
        ((ApprovalWorkflowData)workflow.Data).Approved.ShouldBe(["FILING", "EIA", "LAND", "PLANNING_PERMIT", "CONSTRUCTION_PERMIT"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_returned_step_goes_to_the_unit_comes_back_in_a_new_round_and_a_redelivered_message_changes_nothing()
    {
        var (admin, project) = await FilingProjectAsync(1);
        var drc = await app.ApproverAsync("DRC");
        var unit = (await app.UserAsync("IPB", "unit")).Session;
        var started = await StartAsync(admin, project.Id);

        var withoutComment = await drc.DecideRawAsync(started["FILING"], "Return");
        var returned = await drc.DecideAsync(started["FILING"], "Return", "请补充项目备案信息中的建设规模");
        var unitList = (await unit.GetJsonAsync<Page<TaskRow>>($"{Base}/returned")).Items;
        var drcInbox = await drc.InboxAsync();
        var approverResubmits = await drc.PostAsync($"{Base}/steps/{started["FILING"].Id}/resubmissions", new { comment = "已补充" });
        // the outbox delivered the return to the engine; deliver the same message twice more (at least once means maybe twice)
        var workflowId = await app.WorkflowIdAsync(started.Id);
        await app.WaitUntilAsync(workflowId, w => ((ApprovalWorkflowData)w.Data).Rounds.GetValueOrDefault("FILING") == 2, "FILING in round 2");
        await RedeliverAsync(started.Id, "Return");
        var resubmitted = await (await unit.PostAsync($"{Base}/steps/{started["FILING"].Id}/resubmissions", new { comment = "已补充建设规模" }))
            .ReadJsonAsync<InstanceStepRow>(HttpStatusCode.OK);
        var inboxAgain = await drc.InboxAsync();
        var approved = await drc.DecideAsync(resubmitted, "Approve", "准予备案");
        var rest = await ApproveAsync(started, "EIA", "EEB");
        rest = await ApproveAsync(rest, "LAND", "NRB");
        rest = await ApproveAsync(rest, "PLANNING_PERMIT", "NRB");
        rest = await ApproveAsync(rest, "CONSTRUCTION_PERMIT", "HUD");
        var workflow = await app.WaitUntilCompleteAsync(workflowId);

        (await withoutComment.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["comment"].Single().ShouldContain("补正");
        returned.ShouldSatisfyAllConditions(r => r.StepState.ShouldBe("Returned"), r => r.Round.ShouldBe(1), r => r.InstanceState.ShouldBe("Running"));
        unitList.ShouldContain(t => t.StepId == started["FILING"].Id && t.LastComment == "请补充项目备案信息中的建设规模" && t.Round == 1);
        drcInbox.ShouldNotContain(t => t.StepId == started["FILING"].Id);
        (await approverResubmits.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).ShouldNotBeNull();
        resubmitted.ShouldSatisfyAllConditions(s => s.State.ShouldBe("Pending"), s => s.Round.ShouldBe(2), s => s.Decisions.Select(d => d.Kind).ShouldBe(["Return", "Resubmit"]));
        inboxAgain.ShouldContain(t => t.StepId == started["FILING"].Id && t.Round == 2);
        approved.ShouldSatisfyAllConditions(a => a.Round.ShouldBe(2), a => a.NowPending.ShouldBe(["EIA", "LAND"]));
        rest.State.ShouldBe("Completed");
        workflow.Status.ShouldBe(WorkflowStatus.Complete);
        ((ApprovalWorkflowData)workflow.Data).Rounds["FILING"].ShouldBe(2); // the duplicate round-1 returns were never taken for a later round
    }

    private async Task RedeliverAsync(Guid instanceId, string decision)
    {
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ApprovalsDbContext>();
            var message = (await db.Set<OutboxMessage>().Where(m => m.Type.Contains(nameof(ApprovalWorkflowEventsRequested))).ToListAsync())
                .Select(m => System.Text.Json.JsonSerializer.Deserialize<ApprovalWorkflowEventsRequested>(m.Content)!)
                .Single(m => m.InstanceId == instanceId && m.Events.Any(e => e.Data == decision));
            var handler = sp.GetRequiredService<IIntegrationEventHandler<ApprovalWorkflowEventsRequested>>();
            await handler.HandleAsync(message, CancellationToken.None);
            await handler.HandleAsync(message, CancellationToken.None);
            return 0;
        });
    }

    [Fact]
    public async Task A_rejection_ends_the_instance_and_its_workflow_and_the_project_may_start_again()
    {
        var (admin, project) = await FilingProjectAsync(2);
        var drc = await app.ApproverAsync("DRC");
        var started = await StartAsync(admin, project.Id);

        var rejected = await drc.DecideAsync(started["FILING"], "Reject", "不符合产业政策");
        var instance = await admin.InstanceAsync(started.Id);
        var inbox = await drc.InboxAsync();
        var workflow = await app.WaitUntilAsync(await app.WorkflowIdAsync(started.Id), w => w.Status == WorkflowStatus.Terminated, "Terminated");
        var again = await StartAsync(admin, project.Id);

        rejected.ShouldSatisfyAllConditions(r => r.StepState.ShouldBe("Rejected"), r => r.InstanceState.ShouldBe("Rejected"));
        instance.ShouldSatisfyAllConditions(i => i.State.ShouldBe("Rejected"), i => i.EndedAt.ShouldNotBeNull(), i => i["EIA"].State.ShouldBe("Waiting"));
        inbox.ShouldNotContain(t => t.InstanceId == started.Id);
        workflow.Status.ShouldBe(WorkflowStatus.Terminated);
        again.State.ShouldBe("Running");
    }

    [Fact]
    public async Task Not_applicable_steps_count_as_done_for_their_dependants_in_the_tables_and_in_the_engine()
    {
        var (admin, project) = await FilingProjectAsync(3);
        var unknown = await admin.PostAsync($"{Base}/instances", new { projectId = project.Id, notApplicable = new[] { new { stepCode = "NOPE", reason = "无此步骤" } } });
        var started = await StartAsync(admin, project.Id, ("EIA", "仅做室内装修，依法不需环评"));
        var afterFiling = await ApproveAsync(started, "FILING", "DRC");
        var afterLand = await ApproveAsync(afterFiling, "LAND", "NRB");
        var rest = await ApproveAsync(afterLand, "PLANNING_PERMIT", "NRB");
        rest = await ApproveAsync(rest, "CONSTRUCTION_PERMIT", "HUD");
        var workflow = await app.WaitUntilCompleteAsync(await app.WorkflowIdAsync(started.Id));

        (await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["notApplicable[0].stepCode"].Single().ShouldContain("NOPE");
        started["EIA"].ShouldSatisfyAllConditions(s => s.State.ShouldBe("NotApplicable"), s => s.NotApplicableReason.ShouldBe("仅做室内装修，依法不需环评"));
        afterFiling["LAND"].State.ShouldBe("Pending");
        afterFiling["PLANNING_PERMIT"].State.ShouldBe("Waiting");
        afterLand["PLANNING_PERMIT"].State.ShouldBe("Pending");
        rest.State.ShouldBe("Completed");
        ((ApprovalWorkflowData)workflow.Data).Approved.ShouldNotContain("EIA");
    }

    [Fact]
    public async Task Two_people_deciding_the_same_step_at_once_get_one_200_and_one_409()
    {
        var (admin, project) = await ApprovalProjectAsync(0);
        var first = await app.ApproverAsync("DRC");
        var (_, second) = await TestUsers.CreateSignedInAsync(app, admin, "DRC", "approver");
        var started = await StartAsync(admin, project.Id);

        var responses = await Task.WhenAll(first.DecideRawAsync(started["PROPOSAL"], "Approve", "同意"), second.DecideRawAsync(started["PROPOSAL"], "Reject", "不同意"));

        responses.Select(r => (int)r.StatusCode).Order().ShouldBe([200, 409]);
        (await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBeProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("已被他人办理");
        (await DecisionRowsAsync(started["PROPOSAL"].Id)).ShouldBe(1);
        second.Dispose();
    }

    [Fact]
    public async Task The_same_idempotency_key_gets_the_first_answer_and_one_decision_row()
    {
        var (admin, project) = await ApprovalProjectAsync(1);
        var drc = await app.ApproverAsync("DRC");
        var started = await StartAsync(admin, project.Id);
        var key = Guid.NewGuid().ToString("N");

        var firstResponse = await drc.DecideRawAsync(started["PROPOSAL"], "Approve", "同意", key);
        var first = await firstResponse.Content.ReadAsStringAsync();
        var repeated = await drc.DecideRawAsync(started["PROPOSAL"], "Approve", "同意", key);
        var withoutKey = await drc.Client.PostAsync($"{Base}/steps/{started["PROPOSAL"].Id}/decisions",
            System.Net.Http.Json.JsonContent.Create(new { decision = "Approve", concurrencyStamp = started["PROPOSAL"].ConcurrencyStamp }));

        firstResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        repeated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await repeated.Content.ReadAsStringAsync()).ShouldBe(first);
        (await DecisionRowsAsync(started["PROPOSAL"].Id)).ShouldBe(1);
        (await withoutKey.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldContain("Idempotency-Key");
    }

    [Fact]
    public async Task Only_the_steps_department_decides_only_pending_steps_and_one_running_instance_per_project()
    {
        var (admin, project) = await ApprovalProjectAsync(2);
        var eeb = await app.ApproverAsync("EEB");
        var drc = await app.ApproverAsync("DRC");
        var started = await StartAsync(admin, project.Id);

        var otherDepartment = await eeb.DecideRawAsync(started["PROPOSAL"], "Approve", "同意");
        var waiting = await eeb.DecideRawAsync(started["EIA"], "Approve", "同意");
        var claimed = await (await drc.PostAsync($"{Base}/steps/{started["PROPOSAL"].Id}/claim")).ReadJsonAsync<InstanceStepRow>(HttpStatusCode.OK);
        var staleAfterClaim = await drc.DecideRawAsync(started["PROPOSAL"], "Approve", "同意");
        var twice = await admin.PostAsync($"{Base}/instances", new { projectId = project.Id });
        var missing = await admin.PostAsync($"{Base}/instances", new { projectId = Guid.NewGuid() });
        var asUnit = await (await app.UserAsync("IPB", "unit")).Session.PostAsync($"{Base}/instances", new { projectId = project.Id });

        (await otherDepartment.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).Detail!.ShouldContain("办理部门");
        (await waiting.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Detail!.ShouldContain("等待前置步骤");
        claimed.HandlerName.ShouldNotBeNull();
        (await drc.InboxAsync()).Single(t => t.StepId == claimed.Id).HandlerId.ShouldBe(claimed.HandlerId);
        staleAfterClaim.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("进行中");
        (await missing.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("ProjectNotFound");
        asUnit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await drc.DecideAsync(claimed, "Approve", "同意")).StepState.ShouldBe("Approved");
    }

    [Fact]
    public async Task A_department_sees_instances_with_its_steps_or_of_its_projects_and_others_do_not()
    {
        var (admin, project) = await ApprovalProjectAsync(3);
        var started = await StartAsync(admin, project.Id);
        var eeb = await app.ApproverAsync("EEB");
        var edu = await app.ApproverAsync("EDU");

        var eebList = (await eeb.GetJsonAsync<Page<InstanceSummaryRow>>($"{Base}/instances?projectId={project.Id}")).Items;
        var eduList = (await edu.GetJsonAsync<Page<InstanceSummaryRow>>($"{Base}/instances?projectId={project.Id}")).Items;
        var eduGet = await edu.GetAsync($"{Base}/instances/{started.Id}");
        var leader = await app.SignInAsync("qld");
        var leaderGet = await leader.InstanceAsync(started.Id);

        eebList.Single().ShouldSatisfyAllConditions(i => i.Id.ShouldBe(started.Id), i => i.PendingSteps.ShouldBe(["PROPOSAL"]), i => i.StepCount.ShouldBe(10));
        eduList.ShouldBeEmpty();
        eduGet.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        leaderGet.Id.ShouldBe(started.Id);
    }
}

public sealed class ApprovalApiTestsOnSqlite(SqliteApp app) : ApprovalApiTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class ApprovalApiTestsOnPostgres(PostgresApp app) : ApprovalApiTests<PostgresApp>(app);
