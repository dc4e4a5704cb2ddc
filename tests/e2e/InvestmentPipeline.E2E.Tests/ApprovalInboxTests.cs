using System.Net;
using System.Net.Http.Json;

namespace InvestmentPipeline.E2E.Tests;

/// <summary>
/// 并联审批 through the real browser: a 备案制 project's approvals start (规划许可 and 施工许可 marked not applicable), the
/// commission files it, then 自然资源局 and 生态环境局 work their parallel steps at the same time in two browsers: one
/// approves, the other returns its step for 补正. The unit resubmits from its 退回补正 page, the environment bureau approves,
/// and the instance view shows the run 已完成.
/// </summary>
public sealed class ApprovalInboxTests(E2EApp app) : IClassFixture<E2EApp>
{
    [Fact]
    public async Task Two_departments_decide_in_parallel_one_returns_the_unit_resubmits_and_the_run_completes()
    {
        var projectName = $"端到端备案项目{Guid.NewGuid().ToString("N")[..6]}";
        using var commission = await app.Host.SignInAsync("fgw");
        var instanceId = await StartApprovalsAsync(commission, projectName);
        await DecideFirstStepAsync(commission, instanceId);

        var land = DecideInBrowserAsync("zrzy", DemoPasswords.User, projectName, "LAND", approve: true, "-nrb");
        var eia = DecideInBrowserAsync("sthj", DemoPasswords.User, projectName, "EIA", approve: false, "-eeb");
        await Task.WhenAll(land, eia);

        await using (var unit = await app.NewSessionAsync(nameof(Two_departments_decide_in_parallel_one_returns_the_unit_resubmits_and_the_run_completes) + "-unit"))
        {
            await unit.SignInAsync("cjtz", DemoPasswords.User);
            await unit.Page.GotoAsync("/approvals/returned");
            var row = unit.Page.GetByTestId("returned-row").Filter(new() { HasText = projectName });
            await Expect(row).ToContainTextAsync("请补充环境影响报告表附图");
            await row.GetByTestId("resubmit-button").ClickAsync();
            await unit.ByTestId("resubmit-comment").FillAsync("已补充报告表附图");
            await unit.ByTestId("resubmit-submit").ClickAsync();
            await Expect(row).ToHaveCountAsync(0);
            unit.ShouldHaveNoScriptErrors();
        }

        await DecideInBrowserAsync("sthj", DemoPasswords.User, projectName, "EIA", approve: true, "-eeb-round2");

        await using var view = await app.NewSessionAsync(nameof(Two_departments_decide_in_parallel_one_returns_the_unit_resubmits_and_the_run_completes));
        await view.SignInAsync("fgw", DemoPasswords.User);
        await view.Page.GotoAsync($"/approvals/instances/{instanceId}");
        await Expect(view.ByTestId("instance-state")).ToHaveAttributeAsync("data-state", "Completed");
        await Expect(view.ByTestId("instance-completed")).ToBeVisibleAsync();
        await Expect(view.ByTestId("step-state-EIA")).ToContainTextAsync("通过");
        await Expect(view.ByTestId("step-state-LAND")).ToContainTextAsync("通过");
        await Expect(view.ByTestId("instance-graph")).ToBeVisibleAsync();
        await view.ScreenshotAsync("completed");
        view.ShouldHaveNoScriptErrors();
    }

    private async Task DecideInBrowserAsync(string userName, string password, string projectName, string stepCode, bool approve, string sessionSuffix)
    {
        await using var session = await app.NewSessionAsync(nameof(Two_departments_decide_in_parallel_one_returns_the_unit_resubmits_and_the_run_completes) + sessionSuffix);
        await session.SignInAsync(userName, password);
        await session.Page.GotoAsync("/approvals/inbox");
        var row = session.Page.GetByTestId("inbox-row").Filter(new() { HasText = projectName });
        await Expect(row).ToHaveAttributeAsync("data-step-code", stepCode);
        await row.GetByTestId("decide-button").ClickAsync();
        await session.ByTestId(approve ? "decision-approve" : "decision-return").ClickAsync();
        await session.ByTestId("decision-comment").FillAsync(approve ? "材料齐全，同意" : "请补充环境影响报告表附图");
        await session.ByTestId("decision-submit").ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
        session.ShouldHaveNoScriptErrors();
    }

    /// <summary>The commission (fgw: Approvals.Manage and Decide) plans the project and starts its approvals.</summary>
    private async Task<Guid> StartApprovalsAsync(ApiSession fgw, string projectName)
    {
        var year = E2EApp.Today.Year;
        using var created = await fgw.PostAsync($"/api/reserve/plans/{year}/entries", new
        {
            type = "New",
            plannedInvestment = 5_000_000m,
            plannedStartMonth = $"{year}-01-01",
            newProject = new
            {
                name = projectName,
                regime = "Filing",
                sectorCode = "MUNICIPAL",
                responsibleDepartmentId = await TestUsers.DepartmentIdAsync(fgw, "UCI"),
                projectUnit = "区城市建设投资有限公司",
                totalInvestment = 8_000_000m,
                maturity = "Mature",
            },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var project = (await fgw.GetJsonAsync<Page<ProjectRow>>($"/api/reserve/projects?search={Uri.EscapeDataString(projectName)}")).Items.ShouldHaveSingleItem();
        using var started = await fgw.PostAsync("/api/approvals/instances", new
        {
            projectId = project.Id,
            notApplicable = new[]
            {
                new { stepCode = "PLANNING_PERMIT", reason = "利用既有厂房，不涉及新增建设工程规划" },
                new { stepCode = "CONSTRUCTION_PERMIT", reason = "工程投资额低于施工许可限额" },
            },
        });
        return (await started.ReadJsonAsync<InstanceRow>(HttpStatusCode.Created)).Id;
    }

    private static async Task DecideFirstStepAsync(ApiSession commission, Guid instanceId)
    {
        // 项目备案 is the commission's; its approval makes the parallel steps pending at once, for the browsers to take.
        var filing = (await commission.GetJsonAsync<Page<TaskRow>>("/api/approvals/inbox?pageSize=200")).Items.Single(t => t.InstanceId == instanceId);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/approvals/steps/{filing.StepId}/decisions")
        {
            Content = JsonContent.Create(new { decision = "Approve", comment = "备案信息齐全", concurrencyStamp = filing.ConcurrencyStamp }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var decided = await commission.Client.SendAsync(request);
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
    }

    private sealed record ProjectRow(Guid Id, string Name);

    private sealed record InstanceRow(Guid Id);

    private sealed record TaskRow(Guid StepId, Guid InstanceId, string StepCode, Guid ConcurrencyStamp);
}
