using System.Globalization;
using InvestmentPipeline.Infrastructure.Excel;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.Progress;

/// <summary>One valid row of the progress sheet, matched to its plan project.</summary>
internal sealed record ProgressImportRow(int Row, PlannedProjectInfo Project, int Month, MonthlyReportDetails Details, decimal? Cumulative);

internal sealed record ProgressImportCheck(byte[] Bytes, ImportSheet Sheet, IReadOnlyList<ProgressImportRow> Rows, IReadOnlyList<MonthlyReport> Existing) : ISheetCheck;

/// <summary>
/// Imports a year's 项目月度进展表 all-or-nothing. Rows match the caller's plan projects by 项目代码, else by the
/// near-identical name; a row's 累计完成投资, when given, must equal the months before it (in the file or already
/// reported) plus this one. Re-importing the same file changes nothing.
/// </summary>
internal sealed class ProgressImport(SchedulingDbContext db, ProgressQueries queries, ImportSheetReader sheets, TimeProvider time)
{
    public async Task<ProgressImportCheck?> CheckAsync(int year, byte[] workbook, CurrentUser user, CancellationToken ct)
    {
        var sheet = sheets.Read(workbook, ProgressSheet.Columns, ct);
        if (sheet is null || sheet.Refusal is not null)
        {
            return sheet is null ? null : new ProgressImportCheck(workbook, sheet, [], []);
        }

        var plan = new PlanIndex(await queries.PlanAsync(year, user, ct));
        var categories = await db.ProblemCategories.Where(c => c.IsActive).ToDictionaryAsync(c => c.Name, c => c.Code, ct);
        var today = ShanghaiClock.Today(time);
        var parsed = sheet.Rows.Select(row => (Row: row, Parsed: Parse(year, new RowReader(row), plan, categories))).ToList();
        var duplicates = ReportDuplicates(sheet, plan);
        var rows = parsed.Where(p => p.Parsed is not null && !duplicates.Contains(p.Row.Number)).Select(p => p.Parsed!).ToList();
        var ids = rows.Select(r => r.Project.ProjectId).Distinct().ToList();
        var existing = await db.MonthlyReports.Where(r => r.Year == year && ids.Contains(r.ProjectId)).ToListAsync(ct);
        CheckAgainstTheYear(year, rows, existing, today, sheet);
        return new ProgressImportCheck(workbook, sheet, rows, existing);
    }

    public async Task<ProgressImportResultDto> ApplyAsync(int year, ProgressImportCheck check, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = ShanghaiClock.Today(time);
        var byProject = check.Existing.GroupBy(r => r.ProjectId).ToDictionary(g => g.Key, g => g.ToList());
        int added = 0, updated = 0, unchanged = 0;
        foreach (var row in check.Rows.OrderBy(r => r.Month))
        {
            if (!byProject.TryGetValue(row.Project.ProjectId, out var months))
            {
                byProject[row.Project.ProjectId] = months = [];
            }

            var context = new ReportContext(row.Project.Type, today, ProgressQueries.StartedBefore(months, row.Month));
            var report = months.FirstOrDefault(r => r.Month == row.Month);
            if (report is null)
            {
                report = MonthlyReport.Submit(row.Project.ProjectId, year, row.Month, row.Details, context, now);
                db.MonthlyReports.Add(report);
                months.Add(report);
                added++;
            }
            else if (report.Details != row.Details)
            {
                report.Change(row.Details, context, now);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        await db.SaveChangesAsync(ct);
        return new ProgressImportResultDto(check.Rows.Count, added, updated, unchanged, check.Sheet.Warnings, check.Sheet.Skipped);
    }

    private static ProgressImportRow? Parse(int year, RowReader reader, PlanIndex plan, IReadOnlyDictionary<string, string> categories)
    {
        var name = reader.Text(ProgressSheet.Name, 100, required: true);
        var code = reader.Text(ProgressSheet.Code, 32);
        var month = reader.Month(ProgressSheet.Month, required: true);
        if (month is { } m && m.Year != year)
        {
            reader.Fail(ProgressSheet.Month, $"报告月份应在 {year} 年内");
        }

        var investment = reader.Amount10k(ProgressSheet.Investment, required: true);
        var cumulative = reader.Amount10k(ProgressSheet.Cumulative);
        var status = reader.Choice(ProgressSheet.Status, StartStatusNames.ByName, required: true);
        var startDate = reader.Date(ProgressSheet.StartDate);
        var progress = reader.Text(ProgressSheet.Progress, MonthlyReport.TextMaxLength);
        var inStatistics = reader.Choice(ProgressSheet.InStatistics, ProgressSheet.YesNo);
        var problem = reader.Text(ProgressSheet.Problem, MonthlyReport.TextMaxLength);
        var categoryName = reader.Text(ProgressSheet.Category, 32);
        string? category = null;
        if (categoryName is not null && !categories.TryGetValue(categoryName, out category))
        {
            reader.Fail(ProgressSheet.Category, $"「问题类别」应为以下之一：{string.Join("、", categories.Keys)}");
        }

        var project = name is null ? null : plan.Match(name, code);
        if (name is not null && project is null)
        {
            reader.Fail(ProgressSheet.Name, $"不在 {year} 年度重点项目计划中（或不属于本单位），请核对项目名称或项目代码");
        }

        return reader.HasProblems || project is null || month is null || investment is null || status is null
            ? null
            : new ProgressImportRow(reader.Row, project, month.Value.Month,
                new MonthlyReportDetails(investment.Value, status.Value, startDate, progress, inStatistics, problem, problem is null ? null : category), cumulative);
    }

    /// <summary>The same project and month twice in the file, judged on every row that names both, whatever else is wrong with it.</summary>
    private static HashSet<int> ReportDuplicates(ImportSheet sheet, PlanIndex plan)
    {
        var reported = new HashSet<int>();
        var first = new Dictionary<(Guid, DateOnly), int>();
        foreach (var row in sheet.Rows)
        {
            var name = SheetCell.Text(row[ProgressSheet.Name]);
            var project = name is null ? null : plan.Match(name, SheetCell.Text(row[ProgressSheet.Code]));
            if (project is null || SheetCell.Month(row[ProgressSheet.Month]) is not { } month)
            {
                continue;
            }

            if (first.TryGetValue((project.ProjectId, month), out var earlier))
            {
                sheet.Problems.Add(sheet.Problem(row.Number, ProgressSheet.Month, $"{month:yyyy-MM}", $"与第 {earlier} 行是同一项目同一月份"));
                reported.Add(row.Number);
                continue;
            }

            first[(project.ProjectId, month)] = row.Number;
        }

        return reported;
    }

    /// <summary>Each project's months in order, the file's rows taking the place of what was reported before.</summary>
    private static void CheckAgainstTheYear(int year, List<ProgressImportRow> rows, IReadOnlyList<MonthlyReport> existing, DateOnly today, ImportSheet sheet)
    {
        var problems = sheet.Problems;
        var existingByProject = existing.ToLookup(r => r.ProjectId);
        foreach (var project in rows.GroupBy(r => r.Project.ProjectId).ToList())
        {
            var fileMonths = project.ToDictionary(r => r.Month);
            var reported = existingByProject[project.Key].Where(r => !fileMonths.ContainsKey(r.Month))
                .Select(r => (r.Month, r.Details, Row: (ProgressImportRow?)null));
            var months = reported.Concat(project.Select(r => (r.Month, r.Details, Row: (ProgressImportRow?)r))).OrderBy(m => m.Month).ToList();
            decimal cumulative = 0;
            var started = false;
            foreach (var (month, details, row) in months)
            {
                cumulative += details.InvestmentThisMonth;
                var broken = row is null ? [] : Broken(year, month, details, new ReportContext(row.Project.Type, today, started), row.Cumulative, cumulative).ToList();
                // Any problem makes the whole file invalid, so the row is only reported, never applied.
                problems.AddRange(broken.Select(b => sheet.Problem(row!.Row, b.Header, b.Value, b.Message)));

                // A row already wrong does not also make the months after it wrong.
                started |= broken.Count == 0 && MonthlyReportRules.HasStarted(details.Status);
            }

            var plan = project.First().Project;
            if (cumulative > plan.PlannedInvestment)
            {
                sheet.AddWarning($"「{plan.Name}」本年累计完成投资 {cumulative / SheetCell.YuanPer10k:0.##} 万元超过年度计划投资 {plan.PlannedInvestment / SheetCell.YuanPer10k:0.##} 万元，请核实");
            }
        }
    }

    private static IEnumerable<(string Header, string? Value, string Message)> Broken(
        int year, int month, MonthlyReportDetails details, ReportContext context, decimal? givenCumulative, decimal cumulative)
    {
        foreach (var (field, rule) in MonthlyReportRules.For(year, month, details, context))
        {
            if (rule.IsBroken())
            {
                yield return (HeaderOf(field), null, rule.Message);
            }
        }

        if (givenCumulative is { } given && Math.Abs(given - cumulative) > ProgressSheet.CumulativeTolerance)
        {
            yield return (ProgressSheet.Cumulative, (given / SheetCell.YuanPer10k).ToString(CultureInfo.InvariantCulture),
                $"累计完成投资应为此前各月之和加本月，即 {cumulative / SheetCell.YuanPer10k:0.##} 万元");
        }
    }

    private static string HeaderOf(string field) => field switch
    {
        nameof(MonthlyReportDetails.Status) => ProgressSheet.Status,
        nameof(MonthlyReportDetails.ActualStartDate) => ProgressSheet.StartDate,
        nameof(MonthlyReportDetails.ProblemCategoryCode) => ProgressSheet.Category,
        _ => ProgressSheet.Month,
    };
}

/// <summary>The caller's plan projects by 项目代码 and by near-identical name, for matching thousands of rows.</summary>
internal sealed class PlanIndex(IReadOnlyList<PlannedProjectInfo> plan)
{
    private readonly Dictionary<string, PlannedProjectInfo> byCode = plan.Where(p => p.Code is not null).DistinctBy(p => p.Code).ToDictionary(p => p.Code!);
    private readonly ILookup<string, PlannedProjectInfo> byName = plan.ToLookup(p => p.NormalizedName);

    /// <summary>By code, else by a name only one plan project has (and whose code does not contradict the row's).</summary>
    public PlannedProjectInfo? Match(string name, string? code)
    {
        if (code is not null && byCode.TryGetValue(code, out var byCodeMatch))
        {
            return byCodeMatch;
        }

        var named = byName[ProjectNameKey.Of(name)].ToList();
        return named.Count == 1 && (code is null || named[0].Code is null) ? named[0] : null;
    }
}
