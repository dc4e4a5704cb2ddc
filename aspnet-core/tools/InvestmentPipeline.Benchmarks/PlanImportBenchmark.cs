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
        var district = DistrictPlanWorkbook(rows, Year);
        var bare = PlanWorkbook(rows, Year);
        Console.WriteLine($"年度计划导入基准：{rows} 行，区里版式的工作簿 {district.Length / 1024.0:N0} KB，模板版式 {bare.Length / 1024.0:N0} KB");
        await Measure.OnceAsync("首次导入区里的版式（标题、分组行与小计、合计、简称、文本金额；全部新建）", () => Measure.UploadAsync(fgw, $"/api/reserve/plans/{Year}/import", district, "基准计划.xlsx"));
        await Measure.OnceAsync("再次导入同一文件（无变化）", () => Measure.UploadAsync(fgw, $"/api/reserve/plans/{Year}/import", district, "基准计划.xlsx"));
        await Measure.OnceAsync("导入同一内容的模板版式（无变化）", () => Measure.UploadAsync(fgw, $"/api/reserve/plans/{Year}/import", bare, "基准计划.xlsx"));
        await Measure.OnceAsync("导出", () => fgw.Client.GetAsync($"/api/reserve/plans/{Year}/export"));
        var broken = PlanWorkbook(rows, Year, everyTenthRowBroken: true);
        await Measure.OnceAsync("有错误的文件（每 10 行 1 处错误，全部报告、不写入）", () => Measure.UploadAsync(fgw, $"/api/reserve/plans/{Year}/import", broken, "基准计划.xlsx"));
        await Measure.StopAsync(app);
    }

    /// <summary>
    /// The same plan as <see cref="PlanWorkbook"/> laid out as a district office sends it: a title and a 填报单位 line, the
    /// header under other names, the rows grouped by type under 一、续建项目 rows with subtotals (no 建设性质 column), a
    /// 合计 row, amounts as text with thousands separators, units by their 简称 and towns without their 回族 marker.
    /// </summary>
    public static byte[] DistrictPlanWorkbook(int rows, int year)
    {
        var bare = Rows(rows, year, everyTenthRowBroken: false, unit: null, allNew: false);
        var shortUnits = new Dictionary<string, string>
        {
            ["区住房和城乡建设局"] = "区住建局", ["区交通运输局"] = "区交通局", ["区水务局"] = "区水利局", ["区教育局"] = "教育局",
            ["区卫生健康局"] = "区卫健局", ["区城市建设投资有限公司"] = "区城投公司",
        };
        string[] header = ["序号", "建设项目名称", "项目代码", "行业", "建设地点", "建设规模及主要内容", "计划总投资", $"{year}年计划投资", "计划开工", "计划竣工时间", "联系领导", "牵头单位", "负责人", "联系电话", "资金来源"];
        List<object?[]> sheet = [[$"平安区{year}年重点项目建设计划表"], ["填报单位：区发展和改革委员会", null, null, null, null, null, "单位：万元"], header];
        var total = 0m;
        foreach (var (type, heading) in new[] { ("续建", "一、续建项目"), ("新建", "二、新建项目"), ("拟开工", "三、拟开工项目") })
        {
            var group = bare.Where(r => Equals(r["建设性质"], type)).ToList();
            var subtotal = group.Sum(r => Convert.ToDecimal(r["总投资(万元)"], System.Globalization.CultureInfo.InvariantCulture));
            total += subtotal;
            sheet.Add([$"{heading}（{group.Count}个）", null, null, null, null, null, subtotal]);
            sheet.AddRange(group.Select(r => new object?[]
            {
                r["序号"], r["项目名称"], r["项目代码"], r["行业领域"], ((string)r["建设地点"]!).Replace("回族", "", StringComparison.Ordinal), r["建设规模及主要内容"],
                $"{r["总投资(万元)"]:#,##0}", r["年度计划投资(万元)"], r["计划开工时间"], r["计划竣工时间"], r["包联领导"],
                shortUnits[(string)r["责任单位"]!], r["责任人"], r["联系电话"], r["资金来源"],
            }));
        }

        sheet.Add(["合计", null, null, null, null, null, total]);
        return DistrictWorkbook.Build([.. sheet]);
    }

    /// <summary>Rows of every type, sector and town; with <paramref name="unit"/>, one responsible unit for all.</summary>
    public static byte[] PlanWorkbook(int rows, int year, bool everyTenthRowBroken = false, string? unit = null, bool allNew = false) =>
        Measure.Workbook(Rows(rows, year, everyTenthRowBroken, unit, allNew), "年度重点项目计划表");

    private static List<Dictionary<string, object?>> Rows(int rows, int year, bool everyTenthRowBroken, string? unit, bool allNew)
    {
        string[] types = ["新建", "续建", "拟开工"];
        string[] sectors = ["交通", "市政", "生态", "教育", "卫生", "产业", "文旅"];
        string[] towns = ["平安镇", "小峡镇", "三合镇", "洪水泉回族乡", "石灰窑回族乡", "古城回族乡", "沙沟回族乡", "巴藏沟回族乡"];
        string[] units = ["区住房和城乡建设局", "区交通运输局", "区水务局", "区教育局", "区卫生健康局", "区城市建设投资有限公司"];
        return Enumerable.Range(1, rows).Select(i =>
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
        }).ToList();
    }
}
