using System.Diagnostics;
using System.Net.Http.Headers;
using InvestmentPipeline.Testing;
using MiniExcelLibs;
using Xunit;

// Speed and memory of the annual-plan import, measured on the real host (all modules, real database) over HTTP:
//   dotnet run -c Release --project aspnet-core/tools/InvestmentPipeline.Benchmarks -- [rows] [sqlite|postgres]
// PostgreSQL needs IP_TEST_POSTGRES (see build/postgres.sh), as the tests do.
var rows = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5_000;
var kind = args.Length > 1 && args[1].Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseKind.PostgreSQL : DatabaseKind.Sqlite;
const int year = 2027;

// WebApplicationFactory reads the host's content root from the manifest in the working directory, as test runners set it.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);

var app = new AppFactory(kind);
await ((IAsyncLifetime)app).InitializeAsync();
using var fgw = await app.SignInAsync("fgw");
var workbook = PlanWorkbook(rows, year);
using (var started = Process.GetCurrentProcess())
{
    Console.WriteLine($"年度计划导入基准：{rows} 行，{kind}，工作簿 {workbook.Length / 1024.0:N0} KB；主机启动后进程峰值内存 {started.PeakWorkingSet64 / 1048576.0:N0} MB");
}

await MeasureAsync("首次导入（全部新建项目与计划）", () => ImportAsync(fgw, workbook, year));
await MeasureAsync("再次导入同一文件（无变化）", () => ImportAsync(fgw, workbook, year));
await MeasureAsync("导出", () => fgw.Client.GetAsync($"/api/reserve/plans/{year}/export"));
var broken = PlanWorkbook(rows, year, everyTenthRowBroken: true);
await MeasureAsync("有错误的文件（每 10 行 1 处错误，全部报告、不写入）", () => ImportAsync(fgw, broken, year));
await ((IAsyncLifetime)app).DisposeAsync();

static async Task MeasureAsync(string what, Func<Task<HttpResponseMessage>> action)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var stopwatch = Stopwatch.StartNew();
    using var response = await action();
    var body = await response.Content.ReadAsByteArrayAsync();
    stopwatch.Stop();
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(
        $"{what}: HTTP {(int)response.StatusCode}，{stopwatch.Elapsed.TotalSeconds:N2} 秒，本次分配 {allocated / 1048576.0:N0} MB，"
        + $"进程峰值内存 {process.PeakWorkingSet64 / 1048576.0:N0} MB，响应 {body.Length / 1024.0:N0} KB");
}

static Task<HttpResponseMessage> ImportAsync(ApiSession session, byte[] workbook, int year)
{
    var file = new ByteArrayContent(workbook);
    file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    return session.Client.PostAsync($"/api/reserve/plans/{year}/import", new MultipartFormDataContent { { file, "file", "基准计划.xlsx" } });
}

static byte[] PlanWorkbook(int rows, int year, bool everyTenthRowBroken = false)
{
    string[] types = ["新建", "续建", "拟开工"];
    string[] sectors = ["交通", "市政", "生态", "教育", "卫生", "产业", "文旅"];
    string[] towns = ["平安镇", "小峡镇", "三合镇", "洪水泉回族乡", "石灰窑回族乡", "古城回族乡", "沙沟回族乡", "巴藏沟回族乡"];
    string[] units = ["区住房和城乡建设局", "区交通运输局", "区水务局", "区教育局", "区卫生健康局", "区城市建设投资有限公司"];
    var sheet = Enumerable.Range(1, rows).Select(i => new Dictionary<string, object?>
    {
        ["序号"] = i,
        ["项目名称"] = $"基准项目{i:D5}号",
        ["项目代码"] = $"{year}-630203-48-01-{i:D6}",
        ["建设性质"] = everyTenthRowBroken && i % 10 == 0 ? "改建" : types[i % 3],
        ["行业领域"] = sectors[i % sectors.Length],
        ["建设地点"] = towns[i % towns.Length],
        ["建设规模及主要内容"] = $"建设内容 {i}：道路 {i % 7 + 1} 公里及配套管网",
        ["总投资(万元)"] = 1000 + (i % 50) * 100,
        ["年度计划投资(万元)"] = 300 + (i % 20) * 10,
        ["计划开工时间"] = types[i % 3] == "续建" ? null : $"{year}-{i % 12 + 1:D2}",
        ["计划竣工时间"] = $"{year + 1}-{i % 12 + 1:D2}",
        ["包联领导"] = $"副区长{i % 5 + 1}",
        ["责任单位"] = units[i % units.Length],
        ["责任人"] = $"联络员{i % 100}",
        ["联系电话"] = $"0972-86{i % 100000:D5}",
        ["资金来源"] = "专项债;区财政",
    }).ToList();
    using var stream = new MemoryStream();
    stream.SaveAs(sheet, sheetName: "年度重点项目计划表");
    return stream.ToArray();
}
