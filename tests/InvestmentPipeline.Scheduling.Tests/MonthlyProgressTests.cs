using System.Net;

namespace InvestmentPipeline.Scheduling.Tests;

public sealed record PhotoRow(Guid Id, string FileName, string ContentType, int Size, string? UploadedBy);

public abstract class MonthlyProgressTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private const int Year = 2025;

    private static object Report(decimal investment, string status = "Started", string? date = "2025-03-10", Guid? stamp = null, bool confirm = false,
        string? problem = null, string? category = null) => new
    {
        investmentThisMonth = investment,
        status,
        actualStartDate = date,
        progress = "主体施工",
        inStatistics = true,
        problem,
        problemCategoryCode = category,
        confirmOverPlan = confirm,
        concurrencyStamp = stamp,
    };

    [Fact]
    public async Task The_demo_year_has_last_months_reports_with_the_lagging_projects_not_started_and_their_causes()
    {
        using var leader = await app.SignInAsync("qld");
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().AddHours(8).DateTime);
        if (today.Month == 1)
        {
            return; // the demo has no month of this year to report yet
        }

        var month = await leader.GetJsonAsync<MonthRow>($"/api/scheduling/progress/{today.Year}/{today.Month - 1}?pageSize=100");
        var xinping = month.Items.Single(i => i.Name == "新平大道东延段");
        var xiangtang = month.Items.Single(i => i.Name == "享堂路");

        month.ReportedCount.ShouldBe(month.PlanProjectCount);
        xinping.LatestStatus.ShouldBe("NotStarted");
        xinping.Report!.ProblemCategoryCode.ShouldBe("DEMOLITION");
        xiangtang.Report!.ProblemCategoryCode.ShouldBe("OTHER_WORKS");
        month.Items.Where(i => i.Type == "Continuing" && today.Month > 3).ShouldAllBe(i => i.LatestStatus == "Resumed");
        month.Items.ShouldAllBe(i => i.CumulativeThisYear <= i.PlannedInvestment);
    }

    [Fact]
    public async Task A_unit_reports_its_months_and_the_list_shows_the_report_and_the_years_cumulative()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        var name = ProgressFixtures.UniqueName("城投道路");
        var id = await ProgressFixtures.PlanProjectAsync(fgw, Year, name);

        var before = await unit.GetJsonAsync<MonthRow>($"/api/scheduling/progress/{Year}/3?search={name}");
        (await unit.PutAsync($"/api/scheduling/progress/{Year}/3/{id}", Report(2_000_000m))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var april = await (await unit.PutAsync($"/api/scheduling/progress/{Year}/4/{id}", Report(1_500_000m, problem: "部分路段拆迁未完成", category: "DEMOLITION")))
            .ReadJsonAsync<ProgressRow>(HttpStatusCode.OK);
        var listed = await fgw.GetJsonAsync<MonthRow>($"/api/scheduling/progress/{Year}/4?search={name}");
        var notReported = await fgw.GetJsonAsync<MonthRow>($"/api/scheduling/progress/{Year}/5?search={name}&reported=false");

        before.Items.Single().Report.ShouldBeNull();
        april.CumulativeBefore.ShouldBe(2_000_000m);
        april.CumulativeThisYear.ShouldBe(3_500_000m);
        april.CompletionRate.ShouldBe(0.35m);
        april.Report!.ProblemCategoryCode.ShouldBe("DEMOLITION");
        listed.Items.Single().Report!.InvestmentThisMonth.ShouldBe(1_500_000m);
        listed.Items.Single().LatestStatus.ShouldBe("Started");
        notReported.Items.Single().CumulativeThisYear.ShouldBe(3_500_000m);
        notReported.Items.Single().Report.ShouldBeNull();
    }

    [Fact]
    public async Task Going_over_the_annual_plan_needs_a_confirmation_and_a_stale_report_is_refused()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        var id = await ProgressFixtures.PlanProjectAsync(fgw, Year, ProgressFixtures.UniqueName("超计划"));
        var march = await (await unit.PutAsync($"/api/scheduling/progress/{Year}/3/{id}", Report(6_000_000m))).ReadJsonAsync<ProgressRow>(HttpStatusCode.OK);

        var over = await (await unit.PutAsync($"/api/scheduling/progress/{Year}/4/{id}", Report(4_000_001m))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var confirmed = await unit.PutAsync($"/api/scheduling/progress/{Year}/4/{id}", Report(4_000_001m, confirm: true));
        var stale = await unit.PutAsync($"/api/scheduling/progress/{Year}/3/{id}", Report(5_000_000m, stamp: Guid.NewGuid()));
        var corrected = await (await unit.PutAsync($"/api/scheduling/progress/{Year}/3/{id}", Report(5_000_000m, stamp: march.Report!.ConcurrencyStamp)))
            .ReadJsonAsync<ProgressRow>(HttpStatusCode.OK);

        over.Code.ShouldBe("Scheduling.OverAnnualPlan");
        over.Detail!.ShouldContain("1,000.00 万元");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        corrected.CumulativeThisYear.ShouldBe(5_000_000m);
    }

    [Fact]
    public async Task The_rules_catch_a_continuing_project_started_a_withdrawn_start_a_month_to_come_and_an_unknown_category()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        var continuing = await ProgressFixtures.PlanProjectAsync(fgw, Year, ProgressFixtures.UniqueName("续建"), "Continuing");
        var fresh = await ProgressFixtures.PlanProjectAsync(fgw, Year, ProgressFixtures.UniqueName("新建"));
        var next = app.Time.GetUtcNow().AddHours(8).Year + 1;
        var nextYear = await ProgressFixtures.PlanProjectAsync(fgw, next, ProgressFixtures.UniqueName("明年"));
        (await unit.PutAsync($"/api/scheduling/progress/{Year}/3/{fresh}", Report(1m))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var started = await (await unit.PutAsync($"/api/scheduling/progress/{Year}/3/{continuing}", Report(1m))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var withdrawn = await (await unit.PutAsync($"/api/scheduling/progress/{Year}/4/{fresh}", Report(1m, "NotStarted", date: null))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var toCome = await (await unit.PutAsync($"/api/scheduling/progress/{next}/1/{nextYear}", Report(1m, date: null, status: "NotStarted"))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var unknown = await (await unit.PutAsync($"/api/scheduling/progress/{Year}/4/{fresh}", Report(1m, problem: "其他问题", category: "NOPE"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        started.Code.ShouldBe("Scheduling.StatusForType");
        withdrawn.Code.ShouldBe("Scheduling.StartWithdrawn");
        toCome.Code.ShouldBe("Scheduling.MonthInFuture");
        unknown.Errors!.Keys.ShouldBe(["problemCategoryCode"]);
    }

    [Fact]
    public async Task A_unit_sees_and_reports_only_its_own_projects_and_a_reader_cannot_report()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        using var leader = await app.SignInAsync("qld");
        var own = ProgressFixtures.UniqueName("本单位");
        var others = ProgressFixtures.UniqueName("住建");
        var ownId = await ProgressFixtures.PlanProjectAsync(fgw, Year, own);
        var othersId = await ProgressFixtures.PlanProjectAsync(fgw, Year, others, department: "HUD");

        var seen = await unit.GetJsonAsync<MonthRow>($"/api/scheduling/progress/{Year}/3?pageSize=100");
        var foreign = await unit.PutAsync($"/api/scheduling/progress/{Year}/3/{othersId}", Report(1m));
        var reader = await leader.PutAsync($"/api/scheduling/progress/{Year}/3/{ownId}", Report(1m));
        var all = await leader.GetJsonAsync<MonthRow>($"/api/scheduling/progress/{Year}/3?search={others}");

        seen.Items.Select(i => i.Name).ShouldContain(own);
        seen.Items.Select(i => i.Name).ShouldNotContain(others);
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        reader.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        all.TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_unit_adds_site_photos_to_a_reported_month_and_only_real_images_within_the_limit_are_kept()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        var id = await ProgressFixtures.PlanProjectAsync(fgw, Year, ProgressFixtures.UniqueName("照片"));
        var others = await ProgressFixtures.PlanProjectAsync(fgw, Year, ProgressFixtures.UniqueName("水务照片"), department: "WAT");
        var url = $"/api/scheduling/progress/{Year}/5/{id}/photos";
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

        var beforeReport = await Upload(unit, url, png, "基础施工.png");
        (await unit.PutAsync($"/api/scheduling/progress/{Year}/5/{id}", Report(1_000_000m))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var added = await (await Upload(unit, url, png, "基础施工.png")).ReadJsonAsync<PhotoRow>(HttpStatusCode.Created);
        var notAnImage = await Upload(unit, url, "不是图片"u8.ToArray(), "伪装.jpg");
        var notTheirs = await Upload(unit, $"/api/scheduling/progress/{Year}/5/{others}/photos", png, "水务.png");
        for (var i = 2; i <= 9; i++)
        {
            (await Upload(unit, url, png, $"第{i}张.png")).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var tenth = await Upload(unit, url, png, "第10张.png");
        var content = await fgw.GetAsync($"{url}/{added.Id}");
        (await unit.DeleteAsync($"{url}/{added.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var listed = await fgw.GetJsonAsync<List<PhotoRow>>(url);

        (await beforeReport.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("Scheduling.PhotoWithoutReport");
        added.ShouldBe(added with { FileName = "基础施工.png", ContentType = "image/png", Size = png.Length });
        (await notAnImage.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("Scheduling.PhotoInvalid");
        notTheirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tenth.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("Scheduling.TooManyPhotos");
        content.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await content.Content.ReadAsByteArrayAsync()).ShouldBe(png);
        listed.Count.ShouldBe(8);
        listed.ShouldNotContain(p => p.Id == added.Id);
    }

    private static Task<HttpResponseMessage> Upload(ApiSession session, string url, byte[] content, string fileName) =>
        session.Client.PostAsync(url, new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } });
}

public sealed class MonthlyProgressTestsOnSqlite(SqliteApp app) : MonthlyProgressTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class MonthlyProgressTestsOnPostgres(PostgresApp app) : MonthlyProgressTests<PostgresApp>(app);
