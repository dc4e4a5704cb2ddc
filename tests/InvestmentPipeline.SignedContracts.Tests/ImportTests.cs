using System.Net;
using System.Text.Json;
using MiniExcelLibs;

namespace InvestmentPipeline.SignedContracts.Tests;

public sealed record ImportResultRow(int Rows, int Created, int Updated, int Unchanged, List<string> Warnings);

public sealed record ImportProblemRow(int Row, string Column, string? Value, string Message);

/// <summary>The 签约项目台账 in and out: all or nothing, every problem at once, and a re-import (or an export) that changes nothing.</summary>
public abstract class ImportTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private static byte[] Workbook(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: "签约项目台账");
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(string name, string company, string signedOn, string industry, decimal amount10k, decimal? funds10k, string state,
        string department = "区招商局", string? creditCode = null, string? signingEvent = "台账测试活动") => new()
        {
            ["履约状态"] = state, ["项目名称"] = name, ["签约企业"] = company, ["统一社会信用代码"] = creditCode, ["签约时间"] = signedOn, ["签约活动"] = signingEvent,
            ["产业类别"] = industry, ["协议投资额(万元)"] = amount10k, ["累计到位资金(万元)"] = funds10k, ["责任单位"] = department, ["备注"] = "额外列",
        };

    [Fact]
    public async Task A_good_ledger_is_imported_and_importing_it_or_its_export_again_changes_nothing()
    {
        using var zsj = await app.SignInAsync("zsj");
        var tag = ContractFixtures.UniqueName("台账");
        var file = Workbook(
            Row(tag + "硒泉水厂", "硒泉饮品有限公司", "2017-06-20", "富硒矿泉水", 1200m, 300.5m, "已开工", creditCode: "91630200123456788R"),
            Row(tag + "康养小镇", "康养投资有限公司", "2017年7月1日", "康体养生休闲", 800m, null, "停滞", department: "平安镇"));

        var first = await (await ContractFixtures.UploadAsync(zsj, "/api/signed-contracts/import", file)).ReadJsonAsync<ImportResultRow>(HttpStatusCode.OK);
        var again = await (await ContractFixtures.UploadAsync(zsj, "/api/signed-contracts/import", file)).ReadJsonAsync<ImportResultRow>(HttpStatusCode.OK);
        var list = await zsj.GetJsonAsync<Page<ContractRow>>($"/api/signed-contracts?search={tag}&sort=projectName");
        using var export = await zsj.GetAsync($"/api/signed-contracts/export?search={tag}");
        var exported = await export.Content.ReadAsByteArrayAsync();
        var reimport = await (await ContractFixtures.UploadAsync(zsj, "/api/signed-contracts/import", exported)).ReadJsonAsync<ImportResultRow>(HttpStatusCode.OK);
        var lowered = await (await ContractFixtures.UploadAsync(zsj, "/api/signed-contracts/import",
            Workbook(Row(tag + "硒泉水厂", "硒泉饮品有限公司", "2017-06-20", "富硒矿泉水", 1200m, 200m, "已开工", creditCode: "91630200123456788R"))))
            .ReadJsonAsync<ImportResultRow>(HttpStatusCode.OK);
        var water = await zsj.GetJsonAsync<ContractDetail>($"/api/signed-contracts/{list.Items.Single(c => c.ProjectName.EndsWith("硒泉水厂", StringComparison.Ordinal)).Id}");

        first.ShouldBe(first with { Rows = 2, Created = 2, Updated = 0, Unchanged = 0 });
        first.Warnings.Single().ShouldContain("备注");
        again.ShouldBe(again with { Rows = 2, Created = 0, Updated = 0, Unchanged = 2 });
        list.Items.Select(c => (c.FulfilmentStateName, c.ContractedAmount, c.FundsArrived, c.IndustryCode)).ShouldBe([
            ("停滞", 8_000_000m, 0m, "WELLNESS"), ("已开工", 12_000_000m, 3_005_000m, "FSE_WATER")]);
        list.Items[0].ResponsibleDepartmentName.ShouldBe("平安镇");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using (var stream = new MemoryStream(exported))
        {
            ((IDictionary<string, object?>)stream.Query(useHeaderRow: true).First()).Keys.ShouldBe(
                ["项目名称", "签约企业", "统一社会信用代码", "签约时间", "签约活动", "产业类别", "协议投资额(万元)", "累计到位资金(万元)", "履约状态", "责任单位"]);
        }

        reimport.ShouldBe(reimport with { Rows = 2, Created = 0, Updated = 0, Unchanged = 2 });
        lowered.Updated.ShouldBe(1);
        water.Contract.FundsArrived.ShouldBe(2_000_000m);
        water.Funds.Select(f => (f.Kind, f.Amount)).ShouldBe([("LedgerImport", 3_005_000m), ("LedgerImport", -1_005_000m)]);
        water.History.ShouldContain(h => h.Kind == "Imported" && h.ToState == "UnderConstruction" && h.Text == "台账导入");
    }

    [Fact]
    public async Task A_ledger_with_every_kind_of_error_changes_nothing_and_comes_back_marked()
    {
        using var zsj = await app.SignInAsync("zsj");
        using var reader = await app.SignInAsync("zszb");
        var tag = ContractFixtures.UniqueName("错账");
        var file = Workbook(
            Row(tag + "好行", "好企业", "2017-01-01", "富硒产业园", 100m, null, "未启动"),
            Row("", "缺名称企业", "2017-01-01", "富硒产业园", 100m, null, "未启动"),
            Row(tag + "坏日期", "企业", "2017-13-45", "富硒产业园", 100m, null, "未启动"),
            Row(tag + "坏产业", "企业", "2017-01-01", "钢铁", 100m, null, "未启动"),
            Row(tag + "坏金额", "企业", "2017-01-01", "富硒产业园", 0m, null, "未启动"),
            Row(tag + "坏状态", "企业", "2017-01-01", "富硒产业园", 100m, null, "进行中"),
            Row(tag + "坏单位", "企业", "2017-01-01", "富硒产业园", 100m, null, "未启动", department: "火星局"),
            Row(tag + "坏代码", "企业", "2017-01-01", "富硒产业园", 100m, null, "未启动", creditCode: "91630200123456788A"),
            Row(tag + "好行", "好企业", "2017-02-01", "富硒产业园", 200m, null, "未启动"));

        using var refused = await ContractFixtures.UploadAsync(zsj, "/api/signed-contracts/import", file);
        var body = await refused.Content.ReadAsStringAsync();
        using var marked = await ContractFixtures.UploadAsync(zsj, "/api/signed-contracts/import/errors", file);
        var byReader = await ContractFixtures.UploadAsync(reader, "/api/signed-contracts/import", file);
        var none = await zsj.GetJsonAsync<Page<ContractRow>>($"/api/signed-contracts?search={tag}");

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, body);
        var problems = JsonSerializer.Deserialize<List<ImportProblemRow>>(JsonDocument.Parse(body).RootElement.GetProperty("problems").GetRawText(), ApiSession.Json)!;
        problems.Select(p => (p.Row, p.Column)).ShouldBe([
            (3, "项目名称"), (4, "签约时间"), (5, "产业类别"), (6, "协议投资额(万元)"), (7, "履约状态"), (8, "责任单位"), (9, "统一社会信用代码"), (10, "项目名称")]);
        problems.ShouldAllBe(p => p.Message.Length > 0);
        problems[^1].Message.ShouldContain("与第 2 行是同一签约项目");
        marked.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var stream = new MemoryStream(await marked.Content.ReadAsByteArrayAsync()))
        {
            var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            rows[1]["错误说明"]!.ToString()!.ShouldContain("项目名称");
            rows[0]["错误说明"].ShouldBeNull();
        }

        byReader.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        none.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_ledger_in_the_district_layout_imports_and_a_duplicate_is_reported_even_on_a_row_with_other_problems()
    {
        using var zsj = await app.SignInAsync("zsj");
        var tag = ContractFixtures.UniqueName("版式");
        string[] header = ["序号", "签约项目名称", "企业名称", "签约日期", "签约活动名称", "所属产业", "签约金额", "到位资金", "履约情况", "牵头单位"];
        var laidOut = DistrictWorkbook.WithTitle(
            "平安区2017年签约项目台账",
            header,
            [1, tag + "硒泉二厂", "硒泉饮品有限公司", "2017年6月20日", "第十八届青洽会", "富硒矿泉水", "1,200", "300.5万元", "已开工", "区招商局"],
            [2, tag + "康养园", "康养投资有限公司", "2017/7/1", null, "康体养生休闲", "0.08亿元", null, "前期推进", "招商局"],
            [3, tag + "硒茶园", "硒茶有限公司", "2017-08-01", null, "富硒产业园", 500, null, "未启动", "三合镇人民政府"],
            ["合计", null, null, null, null, null, 2500, 300.5]);
        var twice = DistrictWorkbook.WithTitle(
            "平安区2017年签约项目台账",
            header,
            [1, tag + "重复厂", "重复企业", "2017-03-01", null, "富硒矿泉水", 100, null, "未启动", "区招商局"],
            [2, tag + "重复厂", "重复企业", "某天", null, "钢铁", 100, null, "未启动", "区招商局"],
            [3, tag + "新厂", "新企业", "2017-03-01", null, "富硒矿泉水", 100, null, "未启动", "区招商委"]);

        var result = await (await ContractFixtures.UploadAsync(zsj, "/api/signed-contracts/import", laidOut)).ReadJsonAsync<ImportResultRow>(HttpStatusCode.OK);
        using var refused = await ContractFixtures.UploadAsync(zsj, "/api/signed-contracts/import", twice);
        var list = await zsj.GetJsonAsync<Page<ContractRow>>($"/api/signed-contracts?search={tag}&sort=projectName");

        result.ShouldBe(result with { Rows = 3, Created = 3 });
        result.Warnings.ShouldContain("「签约金额」第 5 行按亿元换算为万元导入");
        result.Warnings.ShouldContain("「牵头单位」第 6 行「三合镇人民政府」按「三合镇」导入");
        list.Items.Select(c => (c.ContractedAmount, c.FundsArrived, c.ResponsibleDepartmentName)).ShouldBe(
            [(8_000_000m, 0m, "区招商局"), (12_000_000m, 3_005_000m, "区招商局"), (5_000_000m, 0m, "三合镇")], ignoreOrder: true);
        var problems = JsonSerializer.Deserialize<List<ImportProblemRow>>(JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("problems").GetRawText(), ApiSession.Json)!;
        problems.Where(p => p.Row == 5).Select(p => p.Column).ShouldBe(["签约日期", "所属产业", "签约项目名称"], ignoreOrder: true);
        problems.Single(p => p.Row == 6).Message.ShouldBe("「区招商委」不是已知的部门或乡镇/街道，您是否指「区招商局」？");
    }
}

public sealed class SqliteImportTests(SqliteApp app) : ImportTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresImportTests(PostgresApp app) : ImportTests<PostgresApp>(app);
