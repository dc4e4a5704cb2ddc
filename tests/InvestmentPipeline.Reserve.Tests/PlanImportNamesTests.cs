using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace InvestmentPipeline.Reserve.Tests;

public sealed record NamedPlaceDto(Guid Id, string Name);

public sealed record UnknownNameDto(string Column, string Written, string Scope, List<int> Rows, List<NamedPlaceDto> Suggestions);

public sealed record NamesFailure(List<ImportProblemRow> Problems, List<UnknownNameDto> UnknownNames);

/// <summary>Units and towns in the plan sheet written as offices write them: 简称, cores, ambiguity, and the user's mappings.</summary>
public abstract class PlanImportNamesTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task Units_and_towns_written_as_people_write_them_are_found_and_what_was_interpreted_is_said()
    {
        using var fgw = await app.SignInAsync("fgw");
        const int year = 2043;
        var names = Enumerable.Range(0, 4).Select(i => ProjectForms.UniqueName("简称" + i)).ToList();
        var workbook = PlanWorkbooks.Build(
        [
            PlanWorkbooks.Row(names[0], start: $"{year}-03", unit: "区发改委", town: "石灰窑乡"),
            PlanWorkbooks.Row(names[1], start: $"{year}-03", unit: "区住建局", town: "古城乡"),
            PlanWorkbooks.Row(names[2], start: $"{year}-03", unit: "三合镇人民政府", town: "小峡街道"),
            PlanWorkbooks.Row(names[3], start: $"{year}-03", unit: "区卫健局", town: "火星镇"),
        ]);

        var result = await (await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", workbook)).ReadJsonAsync<ImportResult>(HttpStatusCode.OK);
        var plan = (await fgw.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{year}/entries")).Items.ToDictionary(e => e.Project.Name);

        result.AddedEntries.ShouldBe(4);
        result.Warnings.ShouldBe(
        [
            "「建设地点」第 2 行「石灰窑乡」按「石灰窑回族乡」导入",
            "「建设地点」第 3 行「古城乡」按「古城回族乡」导入",
            "「责任单位」第 4 行「三合镇人民政府」按「三合镇」导入",
            "「建设地点」第 4 行「小峡街道」按「小峡镇」导入",
            "「建设地点」第 5 行「火星镇」不是本区的乡镇/街道，请填写全称，或在「部门管理」中为其添加简称（此项未导入）",
        ], ignoreOrder: true);
        plan[names[0]].Project.ResponsibleDepartmentName.ShouldBe("区发展和改革委员会");
        plan[names[0]].Project.TownName.ShouldBe("石灰窑回族乡");
        plan[names[1]].Project.ResponsibleDepartmentName.ShouldBe("区住房和城乡建设局");
        plan[names[2]].Project.ResponsibleDepartmentName.ShouldBe("三合镇");
        plan[names[2]].Project.TownName.ShouldBe("小峡镇");
        plan[names[3]].Project.ResponsibleDepartmentName.ShouldBe("区卫生健康局");
        plan[names[3]].Project.TownName.ShouldBeNull();
    }

    [Fact]
    public async Task An_ambiguous_name_lists_its_candidates_and_an_unknown_one_is_offered_with_the_closest_to_map_or_remember()
    {
        using var admin = await app.AdminAsync();
        using var fgw = await app.SignInAsync("fgw");
        const int year = 2044;
        var prefix = "测" + Guid.NewGuid().ToString("N")[..4];
        var towns = await TestUsers.DepartmentIdAsync(admin, "TOWNS");
        foreach (var (name, code) in new[] { (prefix + "城关镇", "T" + prefix[1..] + "A"), (prefix + "城关街道", "T" + prefix[1..] + "B") })
        {
            (await admin.PostAsync("/api/identity/departments", new { parentId = towns, name, code, sortOrder = 99 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var (road, school) = (ProjectForms.UniqueName("城关路"), ProjectForms.UniqueName("住建小学"));
        var ambiguous = PlanWorkbooks.Row(road, start: $"{year}-03", town: prefix + "城关");
        var unknown = PlanWorkbooks.Row(school, start: $"{year}-03", unit: "区住建委");

        var failure = await ReadFailureAsync(await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", PlanWorkbooks.Build([ambiguous, unknown])));
        var housing = await TestUsers.DepartmentIdAsync(fgw, "HUD");
        var mapped = await PostAsync(fgw, $"/api/reserve/plans/{year}/import", PlanWorkbooks.Build([unknown]), JsonSerializer.Serialize(new Dictionary<string, Guid> { ["区住建委"] = housing }));
        var remembered = await fgw.PostAsync("/api/identity/department-aliases", new { departmentId = housing, alias = "区住建委" });
        var again = await PlanWorkbooks.PostAsync(fgw, $"/api/reserve/plans/{year}/import", PlanWorkbooks.Build([unknown]));
        var badMappings = await PostAsync(fgw, $"/api/reserve/plans/{year}/import", PlanWorkbooks.Build([unknown]), "区住建委=住建局");

        failure.Problems.Single(p => p.Row == 2).ShouldBe(new ImportProblemRow(2, "建设地点", prefix + "城关", $"「{prefix}城关」可能指以下多个：{prefix}城关镇、{prefix}城关街道，请填写全称"));
        failure.Problems.Single(p => p.Row == 3).Message.ShouldBe("「区住建委」不是已知的部门或乡镇/街道，您是否指「区住房和城乡建设局」？");
        var offered = failure.UnknownNames.Single();
        (offered.Column, offered.Written, offered.Scope).ShouldBe(("责任单位", "区住建委", "Any"));
        offered.Rows.ShouldBe([3]);
        offered.Suggestions.ShouldBe([new NamedPlaceDto(housing, "区住房和城乡建设局")]);
        (await mapped.ReadJsonAsync<ImportResult>(HttpStatusCode.OK)).AddedEntries.ShouldBe(1);
        remembered.StatusCode.ShouldBe(HttpStatusCode.Created);
        var rememberedResult = await again.ReadJsonAsync<ImportResult>(HttpStatusCode.OK);
        rememberedResult.UnchangedEntries.ShouldBe(1);
        rememberedResult.Warnings.ShouldBeEmpty();
        (await badMappings.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("ImportMappings");
    }

    private static async Task<NamesFailure> ReadFailureAsync(HttpResponseMessage response)
    {
        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        return JsonSerializer.Deserialize<NamesFailure>(await response.Content.ReadAsStringAsync(), ApiSession.Json)!;
    }

    private static Task<HttpResponseMessage> PostAsync(ApiSession session, string url, byte[] workbook, string nameMappings)
    {
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return session.Client.PostAsync(url, new MultipartFormDataContent { { file, "file", "计划.xlsx" }, { new StringContent(nameMappings), "nameMappings" } });
    }
}

public sealed class PlanImportNamesTestsOnSqlite(SqliteApp app) : PlanImportNamesTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class PlanImportNamesTestsOnPostgres(PostgresApp app) : PlanImportNamesTests<PostgresApp>(app);
