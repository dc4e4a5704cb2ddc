using System.Net;

namespace InvestmentPipeline.Reserve.Tests;

public sealed record FundingMatchItemRow(ProjectRow Project, string Readiness, List<string> Missing, decimal ChannelAmount, decimal SecuredChannelAmount);

public sealed record FundingMatchRow(string Channel, string Readiness, int ReadyCount, int AlmostReadyCount, decimal ReadyTotalInvestment, List<FundingMatchItemRow> Items, int TotalCount);

public abstract class FundingMatchTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private static async Task<FundingMatchItemRow?> FindAsync(ApiSession session, string channel, string readiness, ProjectRow project) =>
        (await session.GetJsonAsync<FundingMatchRow>($"/api/reserve/funding-match?channel={channel}&readiness={readiness}&search={project.Name}"))
            .Items.SingleOrDefault(i => i.Project.Id == project.Id);

    [Fact]
    public async Task A_project_is_listed_as_ready_for_a_channel_only_once_it_meets_the_channel()
    {
        using var fgw = await app.SignInAsync("fgw");
        var (project, form) = await LibraryProjects.AcceptedAsync(fgw, fgw, ProjectForms.UniqueName("渠道匹配"));

        var centralBefore = await FindAsync(fgw, "CentralBudget", "AlmostReady", project);
        var bondsBefore = await FindAsync(fgw, "SpecialBonds", "AlmostReady", project);
        var district = await FindAsync(fgw, "DistrictFinance", "Ready", project);
        (await FindAsync(fgw, "CentralBudget", "Ready", project)).ShouldBeNull();

        form["feasibilityApproval"] = "区发改投资〔2026〕21号";
        form["revenuePlan"] = "停车及广告收入覆盖本息 1.25 倍";
        form["concurrencyStamp"] = project.ConcurrencyStamp;
        var completed = await (await fgw.PutAsync($"/api/reserve/projects/{project.Id}", form)).ReadJsonAsync<ProjectRow>(HttpStatusCode.OK);
        var centralAfter = await FindAsync(fgw, "CentralBudget", "Ready", project);
        var bondsAfter = await FindAsync(fgw, "SpecialBonds", "AlmostReady", project);
        var loan = await FindAsync(fgw, "BankLoan", "Ready", project);

        centralBefore!.Missing.ShouldBe(["可行性研究报告尚未批复（缺少可研批复文号）"]);
        bondsBefore!.Missing.ShouldBe(["缺少收益与融资平衡方案", "成熟度须达到「成熟」（当前「前期」）"]);
        bondsBefore.ChannelAmount.ShouldBe(6_000_000m);
        bondsBefore.SecuredChannelAmount.ShouldBe(6_000_000m);
        district!.Missing.ShouldBeEmpty();
        district.ChannelAmount.ShouldBe(4_000_000m);
        district.SecuredChannelAmount.ShouldBe(0m);
        completed.ShouldSatisfyAllConditions(p => p.FeasibilityApproval.ShouldBe("区发改投资〔2026〕21号"), p => p.RevenuePlan.ShouldBe("停车及广告收入覆盖本息 1.25 倍"));
        centralAfter.ShouldNotBeNull().Readiness.ShouldBe("Ready");
        bondsAfter!.Missing.ShouldBe(["成熟度须达到「成熟」（当前「前期」）"]);
        loan.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_demo_library_offers_projects_for_central_budget_bids_and_exports_them_in_Chinese_columns()
    {
        using var leader = await app.SignInAsync("qld");

        var ready = await leader.GetJsonAsync<FundingMatchRow>("/api/reserve/funding-match?channel=CentralBudget&pageSize=200");
        var almost = await leader.GetJsonAsync<FundingMatchRow>("/api/reserve/funding-match?channel=CentralBudget&readiness=AlmostReady&pageSize=1");
        using var export = await leader.GetAsync("/api/reserve/funding-match/export?channel=CentralBudget");
        var missingChannel = await (await leader.GetAsync("/api/reserve/funding-match")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        ready.Items.Select(i => i.Project.Name).ShouldContain("湟水河流域祁家川支流生态修复");
        ready.Items.ShouldAllBe(i => i.Readiness == "Ready" && i.Missing.Count == 0 && i.Project.Regime == "Approval");
        ready.TotalCount.ShouldBe(ready.ReadyCount);
        ready.ReadyTotalInvestment.ShouldBe(ready.Items.Sum(i => i.Project.TotalInvestment));
        almost.Items.ShouldHaveSingleItem().Missing.Count.ShouldBeInRange(1, 2);
        almost.TotalCount.ShouldBe(almost.AlmostReadyCount);
        missingChannel.Errors!["channel"].ShouldBe(["请选择资金渠道"]);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.First().Keys.ShouldBe(["项目名称", "项目代码", "审批类型", "行业领域", "所在乡镇", "责任部门", "成熟度", "总投资(万元)",
            "本渠道计划资金(万元)", "其中已落实(万元)", "匹配情况", "尚缺事项"]);
        rows.Count.ShouldBe(ready.ReadyCount + almost.AlmostReadyCount);
        rows.ShouldContain(r => (string)r["项目名称"] == "湟水河流域祁家川支流生态修复" && (string)r["匹配情况"] == "已具备"
            && Convert.ToDecimal(r["本渠道计划资金(万元)"]) == 9800m);
    }
}

public sealed class FundingMatchTestsOnSqlite(SqliteApp app) : FundingMatchTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class FundingMatchTestsOnPostgres(PostgresApp app) : FundingMatchTests<PostgresApp>(app);
