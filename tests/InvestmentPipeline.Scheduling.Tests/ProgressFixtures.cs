using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MiniExcelLibs;

namespace InvestmentPipeline.Scheduling.Tests;

public sealed record ReportRow(decimal InvestmentThisMonth, string Status, DateOnly? ActualStartDate, string? Progress, bool? InStatistics, string? Problem, string? ProblemCategoryCode, Guid ConcurrencyStamp);

public sealed record ProgressRow(
    Guid ProjectId, string Name, string? Code, string Type, decimal PlannedInvestment, string ResponsibleUnit, ReportRow? Report,
    decimal CumulativeBefore, decimal CumulativeThisYear, decimal? CompletionRate, string? LatestStatus);

public sealed record MonthRow(int Year, int Month, int PlanProjectCount, int ReportedCount, List<ProgressRow> Items, int TotalCount);

public sealed record ImportProblemRow(int Row, string Column, string? Value, string Message);

public sealed record ImportFailure(string? Detail, string? Code, List<ImportProblemRow> Problems, List<string> Warnings);

public sealed record ImportResult(int Rows, int Added, int Updated, int Unchanged, List<string> Warnings);

/// <summary>Plan projects made through the Reserve API, as the commission would, and sheet-2 workbooks as units fill them in.</summary>
public static class ProgressFixtures
{
    public static string UniqueName(string prefix) => $"{prefix}{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A project entered directly into the year's plan; planned investment 1,000 万元 of a 3,000 万元 project.</summary>
    public static async Task<Guid> PlanProjectAsync(
        ApiSession commission, int year, string name, string type = "New", string department = "UCI", string? code = null, string regime = "Approval")
    {
        var response = await commission.PostAsync($"/api/reserve/plans/{year}/entries", new
        {
            type,
            plannedInvestment = 10_000_000m,
            plannedStartMonth = type == "Continuing" ? null : $"{year}-03-01",
            newProject = new
            {
                name,
                code,
                regime,
                sectorCode = "MUNICIPAL",
                responsibleDepartmentId = await TestUsers.DepartmentIdAsync(commission, department),
                projectUnit = "区城市建设投资有限公司",
                totalInvestment = 30_000_000m,
                maturity = "Mature",
            },
        });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("project").GetProperty("id").GetGuid();
    }

    public static Dictionary<string, object?> Row(
        string name, string month, object investment, string status, string? startDate = null, object? cumulative = null, string? problem = null,
        string? category = null, string? inStatistics = "是") => new()
    {
        ["项目名称"] = name,
        ["项目代码"] = null,
        ["报告月份"] = month,
        ["本月完成投资(万元)"] = investment,
        ["累计完成投资(万元)"] = cumulative,
        ["开复工状态"] = status,
        ["实际开(复)工时间"] = startDate,
        ["形象进度"] = "主体施工",
        ["是否入库"] = inStatistics,
        ["存在问题"] = problem,
        ["问题类别"] = category,
    };

    public static byte[] Workbook(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), sheetName: "项目月度进展表");
        return stream.ToArray();
    }

    public static Task<HttpResponseMessage> UploadAsync(ApiSession session, string url, byte[] workbook)
    {
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return session.Client.PostAsync(url, new MultipartFormDataContent { { file, "file", "进展.xlsx" } });
    }

    public static async Task<ImportFailure> ShouldFailAsync(this HttpResponseMessage response)
    {
        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        return JsonSerializer.Deserialize<ImportFailure>(await response.Content.ReadAsStringAsync(), ApiSession.Json)!;
    }
}
