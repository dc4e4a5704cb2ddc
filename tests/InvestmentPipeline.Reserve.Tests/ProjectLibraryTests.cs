using System.Net;
using System.Text.Json;

namespace InvestmentPipeline.Reserve.Tests;

public sealed record Funding(string Channel, decimal Amount, bool IsSecured, string? Note);

public sealed record ProjectRow(
    Guid Id, string Name, string? Code, string Regime, string SectorCode, string? SectorName, Guid? TownId, string? TownName,
    Guid ResponsibleDepartmentId, string? ResponsibleDepartmentName, string ProjectUnit, decimal TotalInvestment, string State,
    DateOnly? PlannedStart, DateOnly? PlannedCompletion, List<Funding>? FundingSources, decimal SecuredFunding, string? TerminationReason,
    Guid ConcurrencyStamp, string Maturity = "", string ReviewStatus = "", string? ReviewComment = null,
    string? FeasibilityApproval = null, string? RevenuePlan = null, DateTime? ConstructionReadyAt = null);

public sealed record HistoryRow(DateTime Time, string? UserName, string Action, string? Changes);

/// <summary>A valid project form as a department fills it in; tests change what they test.</summary>
public static class ProjectForms
{
    public static string UniqueName(string prefix) => $"{prefix}{Guid.NewGuid().ToString("N")[..8]}";

    public static string UniqueCode() => $"2026-630203-48-01-{Random.Shared.Next(0, 999_999):D6}";

    public static async Task<object> FormAsync(ApiSession session, string name, string department = "HUD", string? code = null, decimal total = 10_000_000m) => new
    {
        name,
        code,
        regime = "Approval",
        sectorCode = "MUNICIPAL",
        townId = await TestUsers.DepartmentIdAsync(session, "TOWN02"),
        responsibleDepartmentId = await TestUsers.DepartmentIdAsync(session, department),
        projectUnit = "区城市建设投资有限公司",
        scope = "道路改造 1.2 公里",
        totalInvestment = total,
        fundingSources = new[]
        {
            new { channel = "SpecialBonds", amount = 6_000_000m, isSecured = true, note = (string?)null },
            new { channel = "DistrictFinance", amount = 4_000_000m, isSecured = false, note = (string?)"待落实" },
        },
        plannedStart = "2026-03-15",
        plannedCompletion = "2027-06-01",
        maturity = "Preliminary",
        landPlan = (string?)null,
    };
}

public abstract class ProjectLibraryTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task The_demo_library_holds_the_projects_named_in_the_speech()
    {
        using var leader = await app.SignInAsync("qld");

        var page = await leader.GetJsonAsync<Page<ProjectRow>>("/api/reserve/projects?search=河湟印象");
        var all = await leader.GetJsonAsync<Page<ProjectRow>>("/api/reserve/projects?pageSize=200");

        page.Items.ShouldHaveSingleItem().Name.ShouldBe("袁家村·河湟印象");
        all.TotalCount.ShouldBeGreaterThanOrEqualTo(24);
        all.Items.Select(p => p.Name).ShouldContain("七星台森林公园");
        all.Items.Single(p => p.Name == "新平大道东延段").State.ShouldBe("PreConstruction");
    }

    [Fact]
    public async Task A_submitted_project_is_stored_by_month_in_yuan_and_its_history_shows_who_changed_what()
    {
        using var fgw = await app.SignInAsync("fgw");
        var name = ProjectForms.UniqueName("湟水南路");

        var created = await (await fgw.PostAsync("/api/reserve/projects", await ProjectForms.FormAsync(fgw, name, code: ProjectForms.UniqueCode()))).ReadJsonAsync<ProjectRow>(HttpStatusCode.Created);

        created.State.ShouldBe("Reserve");
        created.PlannedStart.ShouldBe(new DateOnly(2026, 3, 1));
        created.SecuredFunding.ShouldBe(6_000_000m);
        created.SectorName.ShouldBe("市政");
        created.TownName.ShouldBe("小峡镇");
        var edit = JsonSerializer.SerializeToNode(await ProjectForms.FormAsync(fgw, name, code: created.Code, total: 12_000_000m))!.AsObject();
        edit["concurrencyStamp"] = created.ConcurrencyStamp;
        (await fgw.PutAsync($"/api/reserve/projects/{created.Id}", edit)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var history = await fgw.GetJsonAsync<List<HistoryRow>>($"/api/reserve/projects/{created.Id}/history");
        history.Select(h => h.Action).ShouldBe(["修改", "创建"]);
        history[0].UserName.ShouldBe("fgw");
        var changes = JsonDocument.Parse(history[0].Changes!).RootElement;
        changes.GetProperty("before").GetProperty("TotalInvestment").GetDecimal().ShouldBe(10_000_000m);
        changes.GetProperty("after").GetProperty("TotalInvestment").GetDecimal().ShouldBe(12_000_000m);
    }

    [Fact]
    public async Task The_same_code_is_refused_and_a_near_identical_name_needs_confirmation()
    {
        using var fgw = await app.SignInAsync("fgw");
        var code = ProjectForms.UniqueCode();
        var name = ProjectForms.UniqueName("七里店");
        (await fgw.PostAsync("/api/reserve/projects", await ProjectForms.FormAsync(fgw, name, code: code))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var sameCode = await (await fgw.PostAsync("/api/reserve/projects", await ProjectForms.FormAsync(fgw, ProjectForms.UniqueName("另一个"), code: code))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var similar = await (await fgw.PostAsync("/api/reserve/projects", await ProjectForms.FormAsync(fgw, name.Insert(3, "·") + "项目"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var confirmed = JsonSerializer.SerializeToNode(await ProjectForms.FormAsync(fgw, name.Insert(3, "·") + "项目"))!.AsObject();
        confirmed["allowSimilarName"] = true;

        sameCode.Code.ShouldBe("Reserve.DuplicateCode");
        similar.Code.ShouldBe("Reserve.SimilarName");
        similar.Detail!.ShouldContain(name);
        (await fgw.PostAsync("/api/reserve/projects", confirmed)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Bad_input_is_answered_field_by_field_and_broken_rules_by_name()
    {
        using var fgw = await app.SignInAsync("fgw");
        var form = JsonSerializer.SerializeToNode(await ProjectForms.FormAsync(fgw, ProjectForms.UniqueName("错误")))!.AsObject();
        form["fundingSources"]![0]!["amount"] = 0;
        form["sectorCode"] = "NOPE";

        var invalid = await (await fgw.PostAsync("/api/reserve/projects", form)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        invalid.Errors!.ShouldContainKey("fundingSources[0].amount", string.Join(",", invalid.Errors!.Keys));
        form["fundingSources"]![0]!["amount"] = 9_000_000;
        var badSector = await (await fgw.PostAsync("/api/reserve/projects", form)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        badSector.Errors!["sectorCode"].ShouldBe(["行业领域不存在"]);
        form["sectorCode"] = "MUNICIPAL";
        var overFunded = await (await fgw.PostAsync("/api/reserve/projects", form)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        overFunded.Code.ShouldBe("Reserve.FundingExceedsTotal");
        form["fundingSources"]![0]!["amount"] = 1_000_000;
        form["code"] = "XM-2026-01";
        (await (await fgw.PostAsync("/api/reserve/projects", form)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("Reserve.CodeFormat");
    }

    [Fact]
    public async Task The_lifecycle_moves_forward_one_step_terminates_with_a_reason_and_refuses_stale_stamps()
    {
        using var fgw = await app.SignInAsync("fgw");
        var project = await (await fgw.PostAsync("/api/reserve/projects", await ProjectForms.FormAsync(fgw, ProjectForms.UniqueName("生命周期")))).ReadJsonAsync<ProjectRow>(HttpStatusCode.Created);

        var skipped = await (await fgw.PostAsync($"/api/reserve/projects/{project.Id}/state", new { state = "UnderConstruction", concurrencyStamp = project.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var moved = await (await fgw.PostAsync($"/api/reserve/projects/{project.Id}/state", new { state = "PreConstruction", concurrencyStamp = project.ConcurrencyStamp }))
            .ReadJsonAsync<ProjectRow>(HttpStatusCode.OK);
        await (await fgw.PostAsync($"/api/reserve/projects/{project.Id}/state", new { state = "Terminated", reason = "规划调整", concurrencyStamp = project.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var noReason = await (await fgw.PostAsync($"/api/reserve/projects/{project.Id}/state", new { state = "Terminated", concurrencyStamp = moved.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var terminated = await (await fgw.PostAsync($"/api/reserve/projects/{project.Id}/state", new { state = "Terminated", reason = "规划调整", concurrencyStamp = moved.ConcurrencyStamp }))
            .ReadJsonAsync<ProjectRow>(HttpStatusCode.OK);

        skipped.Detail.ShouldBe("项目状态不能从「储备」变更为「在建」");
        noReason.Detail.ShouldBe("终止项目须填写终止原因");
        terminated.State.ShouldBe("Terminated");
        terminated.TerminationReason.ShouldBe("规划调整");
    }

    [Fact]
    public async Task A_unit_sees_and_submits_only_its_own_projects()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        var others = await (await fgw.PostAsync("/api/reserve/projects", await ProjectForms.FormAsync(fgw, ProjectForms.UniqueName("住建局的")))).ReadJsonAsync<ProjectRow>(HttpStatusCode.Created);

        var own = await (await unit.PostAsync("/api/reserve/projects", await ProjectForms.FormAsync(unit, ProjectForms.UniqueName("城投的"), department: "UCI"))).ReadJsonAsync<ProjectRow>(HttpStatusCode.Created);
        var foreign = await (await unit.PostAsync("/api/reserve/projects", await ProjectForms.FormAsync(unit, ProjectForms.UniqueName("越权"), department: "EDU"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var seen = await unit.GetJsonAsync<Page<ProjectRow>>("/api/reserve/projects?pageSize=200");

        foreign.Errors!["responsibleDepartmentId"].ShouldBe(["只能申报本部门负责或本乡镇的项目"]);
        seen.Items.ShouldContain(p => p.Id == own.Id);
        seen.Items.ShouldAllBe(p => p.ResponsibleDepartmentName == "区城市建设投资有限公司");
        (await unit.GetAsync($"/api/reserve/projects/{others.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unit.PostAsync($"/api/reserve/projects/{own.Id}/state", new { state = "PreConstruction", concurrencyStamp = own.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_library_filters_pages_and_exports_in_Chinese_columns()
    {
        using var leader = await app.SignInAsync("qld");

        var ecology = await leader.GetJsonAsync<Page<ProjectRow>>("/api/reserve/projects?sectorCode=ECOLOGY&state=PreConstruction&pageSize=1");
        using var export = await leader.GetAsync("/api/reserve/projects/export?sectorCode=ECOLOGY");

        ecology.Items.Count.ShouldBe(1);
        ecology.TotalCount.ShouldBeGreaterThanOrEqualTo(2);
        ecology.Items.ShouldAllBe(p => p.SectorCode == "ECOLOGY" && p.State == "PreConstruction");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.First().Keys.ShouldBe(["项目名称", "项目代码", "审批类型", "行业领域", "所在乡镇", "责任部门", "项目单位", "总投资(万元)", "状态", "成熟度", "申报状态", "计划开工", "计划竣工"]);
        rows.ShouldAllBe(r => (string)r["行业领域"] == "生态");
        rows.ShouldContain(r => (string)r["项目名称"] == "驿州湿地公园" && Convert.ToDecimal(r["总投资(万元)"]) == 6500m && (string)r["状态"] == "在建");
    }
}

public sealed class ProjectLibraryTestsOnSqlite(SqliteApp app) : ProjectLibraryTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class ProjectLibraryTestsOnPostgres(PostgresApp app) : ProjectLibraryTests<PostgresApp>(app);
