using InvestmentPipeline.Testing;

namespace InvestmentPipeline.Benchmarks;

/// <summary>The 年度重点项目计划表 import: first import, unchanged re-import, export, and a file with errors.</summary>
internal static class PlanImportBenchmark
{
    public const int Year = 2027;

    public static async Task RunAsync(int rows, DatabaseKind kind)
    {
        var app = await Measure.StartAsync(kind);
        using var fgw = await app.SignInAsync("fgw");
        var workbook = PlanWorkbook(rows, Year);
        Console.WriteLine($"年度计划导入基准：{rows} 行，工作簿 {workbook.Length / 1024.0:N0} KB");
        await Measure.OnceAsync("首次导入（全部新建项目与计划）", () => Measure.UploadAsync(fgw, $"/api/reserve/plans/{Year}/import", workbook, "基准计划.xlsx"));
        await Measure.OnceAsync("再次导入同一文件（无变化）", () => Measure.UploadAsync(fgw, $"/api/reserve/plans/{Year}/import", workbook, "基准计划.xlsx"));
        await Measure.OnceAsync("导出", () => fgw.Client.GetAsync($"/api/reserve/plans/{Year}/export"));
        var broken = PlanWorkbook(rows, Year, everyTenthRowBroken: true);
        await Measure.OnceAsync("有错误的文件（每 10 行 1 处错误，全部报告、不写入）", () => Measure.UploadAsync(fgw, $"/api/reserve/plans/{Year}/import", broken, "基准计划.xlsx"));
        await Measure.StopAsync(app);
    }

    /// <summary>Rows of every type, sector and town; with <paramref name="unit"/>, one responsible unit for all.</summary>
    public static byte[] PlanWorkbook(int rows, int year, bool everyTenthRowBroken = false, string? unit = null, bool allNew = false)
    {
        string[] types = ["新建", "续建", "拟开工"];
        string[] sectors = ["交通", "市政", "生态", "教育", "卫生", "产业", "文旅"];
        string[] towns = ["平安镇", "小峡镇", "三合镇", "洪水泉回族乡", "石灰窑回族乡", "古城回族乡", "沙沟回族乡", "巴藏沟回族乡"];
        string[] units = ["区住房和城乡建设局", "区交通运输局", "区水务局", "区教育局", "区卫生健康局", "区城市建设投资有限公司"];
        return Measure.Workbook(Enumerable.Range(1, rows).Select(i =>
        {
            var type = allNew ? "新建" : types[i % 3];
            return new Dictionary<string, object?>
            {
                ["序号"] = i,
                ["项目名称"] = $"基准项目{i:D5}号",
                ["项目代码"] = $"{year}-630203-48-01-{i:D6}",
                ["建设性质"] = everyTenthRowBroken && i % 10 == 0 ? "改建" : type,
                ["行业领域"] = sectors[i % sectors.Length],
                ["建设地点"] = towns[i % towns.Length],
                ["建设规模及主要内容"] = $"建设内容 {i}：道路 {i % 7 + 1} 公里及配套管网",
                ["总投资(万元)"] = 1000 + (i % 50) * 100,
                ["年度计划投资(万元)"] = 300 + (i % 20) * 10,
                ["计划开工时间"] = type == "续建" ? null : allNew ? $"{year}-01" : $"{year}-{i % 12 + 1:D2}",
                ["计划竣工时间"] = $"{year + 1}-{i % 12 + 1:D2}",
                ["包联领导"] = $"副区长{i % 5 + 1}",
                ["责任单位"] = unit ?? units[i % units.Length],
                ["责任人"] = $"联络员{i % 100}",
                ["联系电话"] = $"0972-86{i % 100000:D5}",
                ["资金来源"] = "专项债;区财政",
            };
        }), "年度重点项目计划表");
    }
}
