using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using MiniExcelLibs;

namespace InvestmentPipeline.Reserve.Tests;

public sealed record PlanYearRow(
    int Year, Guid EntryId, string Type, string SectorCode, string? SectorName, Guid? TownId, string? TownName, Guid ResponsibleDepartmentId,
    string? ResponsibleDepartmentName, string ProjectUnit, decimal TotalInvestment, decimal PlannedInvestment);

/// <summary>
/// A year's plan keeps the sector, town, department, 项目单位 and total it was planned with: next year's plan, an older
/// year's import and a master edit each change only what they are about.
/// </summary>
public abstract class PlanYearTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task Next_years_import_changes_the_master_but_leaves_this_years_plan_statistics_export_and_brief_as_they_were()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        const int year = 2011; // a past year: a brief is only made for a period that has ended
        var (a, b) = (ProjectForms.UniqueName("年度甲路"), ProjectForms.UniqueName("年度乙校"));
        var thisYear = PlanWorkbooks.Build(
        [
            WithUnit(PlanWorkbooks.Row(a, start: $"{year}-04", completion: $"{year + 1}-10", total: 3000, planned: 800, unit: "区城市建设投资有限公司", serial: 1), "区城投停车公司"),
            WithUnit(PlanWorkbooks.Row(b, type: "续建", completion: $"{year + 1}-06", total: 8000, planned: 3000, sector: "教育", town: "三合镇", unit: "区教育局", serial: 2), "三合镇人民政府"),
        ]);
        var nextYear = PlanWorkbooks.Build(
        [
            WithUnit(PlanWorkbooks.Row(a, type: "续建", completion: $"{year + 2}-10", total: 4500, planned: 2000, sector: "交通", town: "小峡镇", serial: 1), "区住房和城乡建设局"),
            WithUnit(PlanWorkbooks.Row(b, type: "续建", completion: $"{year + 2}-06", total: 2500, planned: 1000, sector: "卫生", town: "平安镇", unit: "区卫生健康局", serial: 2), "区教育局"),
        ]);
        (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", thisYear)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var brief = await (await fgw.PostAsync("/api/scheduling/briefs", new { year, month = 12 })).ReadJsonAsync<BriefId>(HttpStatusCode.Created);
        var before = await ViewsAsync(fgw, unit, year, brief.Id);

        var next = await (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year + 1}/import", nextYear)).ReadJsonAsync<ImportResult>(HttpStatusCode.OK);
        var after = await ViewsAsync(fgw, unit, year, brief.Id);
        var again = await (await fgw.PostAsync("/api/scheduling/briefs", new { year, month = 12 })).ReadJsonAsync<BriefId>(HttpStatusCode.Created);
        var regenerated = await (await fgw.GetAsync($"/api/scheduling/briefs/{again.Id}/document")).Content.ReadAsByteArrayAsync();
        var reimport = await (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", after.Export)).ReadJsonAsync<ImportResult>(HttpStatusCode.OK);
        var entries = await fgw.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{year}/entries");
        var master = await fgw.GetJsonAsync<ProjectRow>($"/api/reserve/projects/{entries.Items.Single(e => e.Project.Name == b).Project.Id}");
        var years = await fgw.GetJsonAsync<List<PlanYearRow>>($"/api/reserve/projects/{master.Id}/plan-years");

        next.ShouldBe(next with { UpdatedProjects = 2, AddedEntries = 2, UpdatedEntries = 0 });
        after.Entries.ShouldBe(before.Entries);
        after.Summary.ShouldBe(before.Summary);
        after.Filtered.ShouldBe(before.Filtered);
        after.UnitsEntries.ShouldBe(before.UnitsEntries);
        after.ExportRows.ShouldBe(before.ExportRows);
        after.Statistics.ShouldBe(before.Statistics);
        after.StatisticsProjects.ShouldBe(before.StatisticsProjects);
        after.Brief.ShouldBe(before.Brief);
        regenerated.ShouldBe(before.Brief);
        reimport.ShouldBe(reimport with { CreatedProjects = 0, UpdatedProjects = 0, AddedEntries = 0, UpdatedEntries = 0, UnchangedEntries = 2 });
        (master.SectorCode, master.TownName, master.ResponsibleDepartmentName, master.ProjectUnit, master.TotalInvestment)
            .ShouldBe(("HEALTH", "平安镇", "区卫生健康局", "区教育局", 25_000_000m));
        years.Select(y => (y.Year, y.Type, y.SectorName, y.TownName, y.ResponsibleDepartmentName, y.ProjectUnit, y.TotalInvestment, y.PlannedInvestment)).ShouldBe(
        [
            (year + 1, "Continuing", "卫生", "平安镇", "区卫生健康局", "区教育局", 25_000_000m, 10_000_000m),
            (year, "Continuing", "教育", "三合镇", "区教育局", "三合镇人民政府", 80_000_000m, 30_000_000m),
        ]);
        before.UnitsEntries.ShouldContain(a);
        before.Entries.ShouldContain("\"sectorCode\":\"EDUCATION\"");
        before.Statistics.ShouldContain("\"sectorCode\":\"EDUCATION\"");
        before.StatisticsProjects.ShouldContain(b);
        TextOf(before.Brief).ShouldContain("区城市建设投资有限公司");
        before.ExportRows.ShouldContain($"{a}|市政|平安镇|3000|区城市建设投资有限公司|区城投停车公司");
    }

    [Fact]
    public async Task Importing_an_older_year_after_a_newer_one_writes_that_year_and_leaves_the_master_alone()
    {
        using var fgw = await app.SignInAsync("fgw");
        const int year = 2061;
        var name = ProjectForms.UniqueName("旧年导入");
        var newer = PlanWorkbooks.Build([WithUnit(PlanWorkbooks.Row(name, type: "续建", total: 6000, planned: 2000, sector: "交通", town: "小峡镇", unit: "区交通运输局"), "区交通建设公司")]);
        var older = PlanWorkbooks.Build([WithUnit(PlanWorkbooks.Row(name, type: "续建", total: 5000, planned: 4000, sector: "市政", town: "平安镇"), "区住建工程公司")]);
        (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year + 1}/import", newer)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var result = await (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", older)).ReadJsonAsync<ImportResult>(HttpStatusCode.OK);
        var entry = (await fgw.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{year}/entries")).Items.Single();
        var master = await fgw.GetJsonAsync<ProjectRow>($"/api/reserve/projects/{entry.Project.Id}");

        result.ShouldBe(result with { CreatedProjects = 0, UpdatedProjects = 0, AddedEntries = 1 });
        (entry.SectorCode, entry.TownName, entry.ResponsibleDepartmentName, entry.ProjectUnit, entry.TotalInvestment)
            .ShouldBe(("MUNICIPAL", "平安镇", "区住房和城乡建设局", "区住建工程公司", 50_000_000m));
        (master.SectorCode, master.TownName, master.ResponsibleDepartmentName, master.ProjectUnit, master.TotalInvestment)
            .ShouldBe(("TRANSPORT", "小峡镇", "区交通运输局", "区交通建设公司", 60_000_000m));
    }

    [Fact]
    public async Task A_master_edit_carries_what_it_changes_into_this_years_entry_but_not_into_last_years()
    {
        using var fgw = await app.SignInAsync("fgw");
        var thisYear = app.Time.GetUtcNow().AddHours(8).Year;
        var name = ProjectForms.UniqueName("主表修改");
        foreach (var year in new[] { thisYear - 1, thisYear })
        {
            var workbook = PlanWorkbooks.Build([WithUnit(PlanWorkbooks.Row(name, type: "续建", total: 1200, planned: 300, town: "小峡镇"), "区城市建设投资有限公司")]);
            (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", workbook)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var current = (await fgw.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{thisYear}/entries?search={name}")).Items.Single();
        (await fgw.PutAsync($"/api/reserve/plans/{thisYear}/entries/{current.Id}", new
        {
            type = "Continuing", plannedInvestment = 3_000_000m, concurrencyStamp = current.ConcurrencyStamp, sectorCode = "MUNICIPAL", townId = current.TownId,
            responsibleDepartmentId = current.ResponsibleDepartmentId, projectUnit = "本年项目单位", totalInvestment = 12_000_000m,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var project = await fgw.GetJsonAsync<ProjectRow>($"/api/reserve/projects/{current.Project.Id}");
        var form = await ProjectForms.FormAsync(fgw, name, "EDU", total: 15_000_000m);
        var edit = JsonSerializer.SerializeToNode(form, ApiSession.Json)!.AsObject();
        edit["sectorCode"] = "EDUCATION";
        edit["projectUnit"] = project.ProjectUnit;
        edit["concurrencyStamp"] = project.ConcurrencyStamp;

        (await fgw.PutAsync($"/api/reserve/projects/{project.Id}", edit)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var years = await fgw.GetJsonAsync<List<PlanYearRow>>($"/api/reserve/projects/{project.Id}/plan-years");

        years.Select(y => (y.Year, y.SectorName, y.TownName, y.ResponsibleDepartmentName, y.ProjectUnit, y.TotalInvestment)).ShouldBe(
        [
            (thisYear, "教育", "小峡镇", "区教育局", "本年项目单位", 15_000_000m),
            (thisYear - 1, "市政", "小峡镇", "区住房和城乡建设局", "区城市建设投资有限公司", 12_000_000m),
        ]);
    }

    [Fact]
    public async Task The_demo_plan_exported_imports_back_with_every_entry_unchanged()
    {
        using var fgw = await app.SignInAsync("fgw");
        var year = app.Time.GetUtcNow().AddHours(8).Year;
        var listed = (await fgw.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{year}/entries?pageSize=100")).TotalCount;

        var export = await (await fgw.GetAsync($"/api/reserve/plans/{year}/export")).Content.ReadAsByteArrayAsync();
        var result = await (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", export)).ReadJsonAsync<ImportResult>(HttpStatusCode.OK);

        // The demo masters' planned starts predate their plan months, so the first import may still move those.
        result.ShouldBe(result with { CreatedProjects = 0, AddedEntries = 0, UpdatedEntries = 0, UnchangedEntries = listed });
        listed.ShouldBeGreaterThan(10);
    }

    private static string TextOf(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return document.MainDocumentPart!.Document.Body!.InnerText;
    }

    private static Dictionary<string, object?> WithUnit(Dictionary<string, object?> row, string projectUnit)
    {
        row["项目单位"] = projectUnit;
        return row;
    }

    /// <summary>Everything that shows year <paramref name="year"/>, as text (the embedded project's current values left out).</summary>
    private static async Task<YearViews> ViewsAsync(ApiSession fgw, ApiSession unit, int year, Guid briefId)
    {
        async Task<string> Text(ApiSession session, string url) => await (await session.GetAsync(url)).Content.ReadAsStringAsync();
        static string Entries(Page<PlanEntryRow> page) => JsonSerializer.Serialize(page.Items.Select(e => e with { Project = null! }), ApiSession.Json);
        var municipal = await fgw.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{year}/entries?sectorCode=MUNICIPAL");
        var uci = await fgw.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{year}/entries?departmentId={await TestUsers.DepartmentIdAsync(fgw, "UCI")}");
        var town = await fgw.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{year}/entries?townId={await TestUsers.DepartmentIdAsync(fgw, "TOWN03")}");
        var export = await (await fgw.GetAsync($"/api/reserve/plans/{year}/export")).Content.ReadAsByteArrayAsync();
        var figures = new List<string>();
        foreach (var query in new[] { "figure=Plan", "figure=New", "figure=Continuing", "figure=NotStartedOrResumed", "sectorCode=MUNICIPAL", "sectorCode=EDUCATION", "type=Continuing" })
        {
            figures.Add(await Text(fgw, $"/api/scheduling/statistics/projects?year={year}&month=12&pageSize=100&{query}"));
        }

        return new YearViews(
            Entries(await fgw.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{year}/entries?pageSize=100")),
            await Text(fgw, $"/api/reserve/plans/{year}"),
            $"{Entries(municipal)}\n{Entries(uci)}\n{Entries(town)}",
            string.Join("、", (await unit.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{year}/entries")).Items.Select(e => e.Project.Name)),
            export,
            string.Join("\n", MiniExcel.Query(new MemoryStream(export), useHeaderRow: true).Cast<IDictionary<string, object?>>()
                .Select(r => string.Join("|", new[] { "项目名称", "行业领域", "建设地点", "总投资(万元)", "责任单位", "项目单位" }.Select(h => r[h]?.ToString())))),
            await Text(fgw, $"/api/scheduling/statistics?year={year}&month=12"),
            string.Join("\n", figures),
            await (await fgw.GetAsync($"/api/scheduling/briefs/{briefId}/document")).Content.ReadAsByteArrayAsync());
    }

    private sealed record BriefId(Guid Id);

    private sealed record YearViews(
        string Entries, string Summary, string Filtered, string UnitsEntries, byte[] Export, string ExportRows, string Statistics, string StatisticsProjects, byte[] Brief);
}

public sealed class PlanYearTestsOnSqlite(SqliteApp app) : PlanYearTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class PlanYearTestsOnPostgres(PostgresApp app) : PlanYearTests<PostgresApp>(app);
