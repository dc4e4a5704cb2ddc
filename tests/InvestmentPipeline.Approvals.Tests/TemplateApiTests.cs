using System.Net;

namespace InvestmentPipeline.Approvals.Tests;

public sealed record StepRow(
    string Code, string Name, string DepartmentCode, string? DepartmentName, int TimeLimitDays, List<string> RequiredDocuments, List<string> Prerequisites,
    string Source, string Basis);

public sealed record ValidationRow(bool IsValid, List<string> Errors);

public sealed record VersionSummaryRow(Guid Id, int Number, string Status, bool IsCurrent, int StepCount, DateTime CreatedAt, DateTime? PublishedAt);

public sealed record TemplateRow(Guid Id, string Regime, string Name, VersionSummaryRow? CurrentVersion, VersionSummaryRow? Draft, Guid ConcurrencyStamp);

public sealed record VersionRow(
    Guid Id, Guid TemplateId, string Regime, string TemplateName, int Number, string Status, bool IsCurrent, DateTime CreatedAt, DateTime? PublishedAt,
    List<StepRow> Steps, ValidationRow Validation, Guid ConcurrencyStamp);

/// <summary>审批模板 over HTTP: the commission (发改委) edits drafts and publishes; others read; stale stamps and broken graphs are refused.</summary>
public abstract class TemplateApiTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private const string Base = "/api/approvals/templates";

    private static async Task<(TemplateRow Template, VersionRow Current)> FilingAsync(ApiSession session)
    {
        var template = (await session.GetJsonAsync<List<TemplateRow>>(Base)).Single(t => t.Regime == "Filing");
        var current = await session.GetJsonAsync<VersionRow>($"{Base}/{template.Id}/versions/{template.CurrentVersion!.Id}");
        return (template, current);
    }

    private static object Body(Guid stamp, IEnumerable<StepRow> steps) => new
    {
        concurrencyStamp = stamp,
        steps = steps.Select(s => new
        {
            s.Code, s.Name, s.DepartmentCode, s.TimeLimitDays, s.RequiredDocuments, s.Prerequisites, s.Source, s.Basis,
        }),
    };

    [Fact]
    public async Task Every_regime_has_a_published_valid_template_with_department_names()
    {
        using var reader = await app.SignInAsync("zrzy");

        var templates = await reader.GetJsonAsync<List<TemplateRow>>(Base);
        var approval = templates.Single(t => t.Regime == "Approval");
        var version = await reader.GetJsonAsync<VersionRow>($"{Base}/{approval.Id}/versions/{approval.CurrentVersion!.Id}");
        var verdicts = new List<ValidationRow>();
        foreach (var template in templates)
        {
            verdicts.Add((await reader.GetJsonAsync<VersionRow>($"{Base}/{template.Id}/versions/{template.CurrentVersion!.Id}")).Validation);
        }

        templates.Select(t => t.Regime).ShouldBe(["Approval", "Verification", "Filing"], ignoreOrder: true);
        templates.ShouldAllBe(t => t.CurrentVersion != null && t.CurrentVersion.Status == "Published" && t.CurrentVersion.IsCurrent);
        version.Steps.Count.ShouldBe(10);
        verdicts.ShouldAllBe(v => v.IsValid && v.Errors.Count == 0);
        version.Steps.ShouldAllBe(s => s.DepartmentName != null);
        version.Steps.Single(s => s.Code == "EIA").ShouldSatisfyAllConditions(
            s => s.DepartmentName.ShouldBe("区生态环境局"), s => s.TimeLimitDays.ShouldBe(60), s => s.Source.ShouldBe("National"));
        version.Steps.Single(s => s.Code == "FEASIBILITY").Prerequisites.ShouldBe(["LAND", "EIA", "ENERGY", "STABILITY"]);
    }

    [Fact]
    public async Task The_commission_edits_a_new_draft_and_publishes_it_while_the_old_version_stays_as_it_was()
    {
        using var fgw = await app.SignInAsync("fgw");
        var (template, current) = await FilingAsync(fgw);
        var steps = current.Steps.Select(s => s.Code == "EIA" ? s with { TimeLimitDays = 20, Source = "Default", Basis = "本区承诺时限" } : s).ToList();

        var stale = await fgw.PutAsync($"{Base}/{template.Id}/draft", Body(Guid.NewGuid(), steps));
        var draft = await (await fgw.PutAsync($"{Base}/{template.Id}/draft", Body(template.ConcurrencyStamp, steps))).ReadJsonAsync<VersionRow>(HttpStatusCode.OK);
        var staleAgain = await fgw.PutAsync($"{Base}/{template.Id}/draft", Body(template.ConcurrencyStamp, steps));
        var listedWithDraft = (await fgw.GetJsonAsync<List<TemplateRow>>(Base)).Single(t => t.Id == template.Id);
        var published = await (await fgw.PostAsync($"{Base}/{template.Id}/versions/{draft.Id}/publish", new { draft.ConcurrencyStamp }))
            .ReadJsonAsync<VersionRow>(HttpStatusCode.OK);
        var publishedTwice = await fgw.PostAsync($"{Base}/{template.Id}/versions/{draft.Id}/publish", new { published.ConcurrencyStamp });
        var old = await fgw.GetJsonAsync<VersionRow>($"{Base}/{template.Id}/versions/{current.Id}");
        var versions = await fgw.GetJsonAsync<List<VersionSummaryRow>>($"{Base}/{template.Id}/versions");

        (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("已被他人修改");
        (await staleAgain.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("Conflict");
        draft.ShouldSatisfyAllConditions(d => d.Status.ShouldBe("Draft"), d => d.Number.ShouldBe(current.Number + 1), d => d.IsCurrent.ShouldBeFalse());
        listedWithDraft.Draft!.Id.ShouldBe(draft.Id);
        listedWithDraft.CurrentVersion!.Id.ShouldBe(current.Id);
        published.ShouldSatisfyAllConditions(p => p.Status.ShouldBe("Published"), p => p.IsCurrent.ShouldBeTrue(), p => p.PublishedAt.ShouldNotBeNull());
        published.Steps.Single(s => s.Code == "EIA").TimeLimitDays.ShouldBe(20);
        (await publishedTwice.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Detail!.ShouldContain("已发布");
        old.Steps.Single(s => s.Code == "EIA").TimeLimitDays.ShouldBe(30);
        old.IsCurrent.ShouldBeFalse();
        old.Status.ShouldBe("Published");
        versions.Select(v => (v.Number, v.Status, v.IsCurrent)).ShouldBe([(published.Number, "Published", true), (current.Number, "Published", false)]);
    }

    [Fact]
    public async Task A_broken_graph_is_refused_with_Chinese_messages_naming_the_steps()
    {
        using var fgw = await app.SignInAsync("fgw");
        var (template, current) = await FilingAsync(fgw);
        var steps = current.Steps.Select(s => s.Code switch
        {
            "FILING" => s with { Prerequisites = ["CONSTRUCTION_PERMIT"] },
            "LAND" => s with { DepartmentCode = "NOPE", TimeLimitDays = 400 },
            _ => s,
        }).Append(current.Steps[0] with { Name = "重复备案" }).ToList();

        var response = await fgw.PutAsync($"{Base}/{template.Id}/draft", Body(template.ConcurrencyStamp, steps));
        var badSource = await fgw.PutAsync($"{Base}/{template.Id}/draft", Body(template.ConcurrencyStamp, [current.Steps[0] with { Source = "Guess", Code = "备 案" }]));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var land = steps.FindIndex(s => s.Code == "LAND");
        var errors = problem.Errors!;
        errors["steps"].ShouldContain(e => e.Contains("循环依赖") && e.Contains("“项目备案”（FILING）"));
        errors[$"steps[{land}].departmentCode"].ShouldBe(["步骤“用地预审与选址意见书”（LAND）的办理部门“NOPE”不存在。"]);
        errors[$"steps[{land}].timeLimitDays"].ShouldBe(["步骤“用地预审与选址意见书”（LAND）的法定时限为 400 个工作日，应在 1–365 个工作日之间。"]);
        errors[$"steps[{steps.Count - 1}].code"].ShouldBe(["步骤编码“FILING”重复：步骤“项目备案”与“重复备案”使用了同一编码。"]);
        var fieldErrors = (await badSource.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!;
        fieldErrors["steps[0].source"].Single().ShouldContain("时限来源");
        fieldErrors["steps[0].code"].Single().ShouldContain("步骤编码只能包含");
    }

    [Fact]
    public async Task A_department_user_reads_templates_but_may_not_change_them()
    {
        using var approver = await app.SignInAsync("zrzy");
        var (template, current) = await FilingAsync(approver);

        var put = await approver.PutAsync($"{Base}/{template.Id}/draft", Body(template.ConcurrencyStamp, current.Steps));
        var publish = await approver.PostAsync($"{Base}/{template.Id}/versions/{current.Id}/publish", new { template.ConcurrencyStamp });
        using var anonymous = app.NewSession();
        var unauthenticated = await anonymous.GetAsync(Base);

        (await put.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).ShouldNotBeNull();
        (await publish.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).ShouldNotBeNull();
        unauthenticated.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_template_or_version_is_404()
    {
        using var fgw = await app.SignInAsync("fgw");

        var response = await fgw.GetAsync($"{Base}/{Guid.NewGuid()}/versions/{Guid.NewGuid()}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Detail!.ShouldContain("不存在");
    }
}

public sealed class TemplateApiTestsOnSqlite(SqliteApp app) : TemplateApiTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class TemplateApiTestsOnPostgres(PostgresApp app) : TemplateApiTests<PostgresApp>(app);
