using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Excel;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Plans;

/// <summary>One valid row of the plan sheet, with the library project it matched (null: the row enters a new project).</summary>
internal sealed record PlanImportRow(
    int Row, string Name, string? Code, ConstructionType Type, string SectorCode, Guid? TownId, string? Scope, decimal TotalInvestment,
    Guid ResponsibleDepartmentId, PlanEntryDetails Entry)
{
    public string NormalizedName { get; } = ProjectNameKey.Of(Name);

    /// <summary>项目单位 as the row lists it; null when the sheet has no such column or the cell is blank.</summary>
    public string? ProjectUnit { get; init; }

    public Project? Project { get; set; }

    /// <summary>
    /// The matched project as the row describes it; equal to its current details when the row changes nothing, or when
    /// the project is planned in a later year (an older year's plan never changes the master).
    /// </summary>
    public ProjectDetails? ProjectDetails { get; set; }
}

/// <summary>What checking a workbook found: its rows, or every problem in it.</summary>
internal sealed record PlanImportCheck(byte[] Bytes, ImportSheet Sheet, IReadOnlyList<PlanImportRow> Rows)
{
    public bool IsValid => Sheet.Problems.Count == 0;
}

/// <summary>
/// Imports the 年度重点项目计划表 all-or-nothing: every row is parsed and checked against the library, the sectors and the
/// department list; only when no row has a problem are the projects and plan entries written, in one SaveChanges.
/// Rows match library projects by 项目代码, else by near-identical 项目名称, so re-importing a file changes nothing.
/// Entries of the year that the file does not list are left as they are. A row writes its year's entry, and the project
/// master only when that year is the project's latest plan year.
/// </summary>
internal sealed partial class PlanImport(ReserveDbContext db, IDepartmentDirectory departments, TimeProvider time)
{
    public async Task<PlanImportCheck?> CheckAsync(int year, byte[] workbook, CurrentUser user, CancellationToken ct)
    {
        var sheet = ImportSheet.Read(workbook, PlanSheet.Columns);
        if (sheet is null)
        {
            return null;
        }

        var lookups = await LookupsAsync(ct);
        var rows = sheet.Rows.Select(row => ParseWithUnit(year, new RowReader(row, sheet.Problems), lookups, user)).OfType<PlanImportRow>().ToList();
        ReportDuplicatesInFile(rows, sheet.Problems);
        await MatchLibraryAsync(year, rows, sheet.Problems, user, ct);
        return new PlanImportCheck(workbook, sheet, rows);
    }

    private static PlanImportRow? Parse(int year, RowReader reader, Lookups lookups, CurrentUser user)
    {
        var name = reader.Text(PlanSheet.Name, Project.NameMaxLength, required: true);
        var code = reader.Text(PlanSheet.Code, 32);
        if (code is not null && new ProjectCodeMustBeNationalFormatRule(code) is { } codeRule && codeRule.IsBroken())
        {
            reader.Fail(PlanSheet.Code, codeRule.Message);
        }

        var type = reader.Choice(PlanSheet.Type, ConstructionTypeNames.ByName, required: true);
        Lookup(reader, PlanSheet.Sector, lookups.Sectors, required: true, _ => $"「行业领域」应为以下之一：{string.Join("、", lookups.Sectors.Keys)}", out var sectorCode);
        var townId = Lookup(reader, PlanSheet.Town, lookups.Towns, required: false, town => $"「{town}」不是本区的乡镇/街道", out var town) ? town : (Guid?)null;
        var unitName = reader.Text(PlanSheet.Unit, PlanEntry.TextMaxLength, required: true);
        var unitId = Lookup(reader, PlanSheet.Unit, lookups.Departments, required: false, unit => $"「{unit}」不在部门列表中，请填写部门全称（如 区住房和城乡建设局）", out var unit) ? unit : (Guid?)null;
        var scope = reader.Text(PlanSheet.Scope, Project.ScopeMaxLength);
        var total = reader.Amount10k(PlanSheet.TotalInvestment, required: true);
        if (total == 0)
        {
            reader.Fail(PlanSheet.TotalInvestment, "「总投资(万元)」须大于 0");
        }

        var planned = reader.Amount10k(PlanSheet.PlannedInvestment, required: true);
        var start = reader.Month(PlanSheet.PlannedStart);
        var completion = reader.Month(PlanSheet.PlannedCompletion);
        var leader = reader.Text(PlanSheet.Leader, PlanEntry.TextMaxLength);
        var person = reader.Text(PlanSheet.Person, PlanEntry.TextMaxLength);
        var phone = reader.Text(PlanSheet.Phone, 32);
        if (phone is not null && !PhoneFormat().IsMatch(phone))
        {
            reader.Fail(PlanSheet.Phone, PlanPhone.Message);
        }

        var funding = reader.Text(PlanSheet.Funding, PlanEntry.FundingNoteMaxLength);
        var serialNo = SerialNo(reader);
        if (user.ScopedDepartmentId is { } own && unitId is { } responsible && responsible != own && townId != own)
        {
            reader.Fail(PlanSheet.Unit, "只能导入本部门负责或本乡镇的项目");
        }

        if (name is null || type is null || sectorCode is null || unitName is null || unitId is null || total is null || planned is null)
        {
            return null;
        }

        var entry = new PlanEntryDetails(type.Value, planned.Value, start, completion, leader, person, phone, funding, serialNo);
        foreach (var (field, rule) in PlanEntryRules.For(year, entry, total.Value))
        {
            if (rule.IsBroken() && !reader.HasProblemIn(HeaderOf(field)))
            {
                reader.Fail(HeaderOf(field), rule.Message);
            }
        }

        return reader.HasProblems
            ? null
            : new PlanImportRow(reader.Row, name, code, type.Value, sectorCode, townId, scope, total.Value, unitId.Value, entry);
    }

    private static void ReportDuplicatesInFile(List<PlanImportRow> rows, List<ImportProblem> problems)
    {
        var firstByCode = new Dictionary<string, int>();
        var firstByName = new Dictionary<string, int>();
        foreach (var row in rows.ToList())
        {
            var duplicateOf = row.Code is { } code && firstByCode.TryGetValue(code, out var byCode) ? (PlanSheet.Code, code, byCode)
                : firstByName.TryGetValue(row.NormalizedName, out var byName) ? (PlanSheet.Name, row.Name, byName)
                : default;
            if (duplicateOf != default)
            {
                problems.Add(new ImportProblem(row.Row, duplicateOf.Item1, duplicateOf.Item2, $"与第 {duplicateOf.Item3} 行是同一项目，同一项目只能出现一次"));
                rows.Remove(row);
                continue;
            }

            if (row.Code is not null)
            {
                firstByCode[row.Code] = row.Row;
            }

            firstByName[row.NormalizedName] = row.Row;
        }
    }

    private static bool Lookup<T>(
        RowReader reader, string header, IReadOnlyDictionary<string, T> known, bool required, Func<string, string> unknown, [MaybeNullWhen(false)] out T value)
    {
        value = default;
        var text = reader.Text(header, 100, required);
        if (text is null || known.TryGetValue(text, out value))
        {
            return text is not null;
        }

        reader.Fail(header, unknown(text));
        return false;
    }

    private static int? SerialNo(RowReader reader)
    {
        var text = reader.Text(PlanSheet.SerialNo, 16);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number) && number is >= 1 and <= 100_000)
        {
            return (int)number;
        }

        reader.Fail(PlanSheet.SerialNo, "「序号」应为正整数");
        return null;
    }

    private static string HeaderOf(string field) => field switch
    {
        nameof(PlanEntryDetails.PlannedInvestment) => PlanSheet.PlannedInvestment,
        nameof(PlanEntryDetails.PlannedCompletionMonth) => PlanSheet.PlannedCompletion,
        _ => PlanSheet.PlannedStart,
    };

    private async Task<Lookups> LookupsAsync(CancellationToken ct)
    {
        var sectors = await db.Sectors.Where(s => s.IsActive).OrderBy(s => s.SortOrder).Select(s => new { s.Name, s.Code }).ToListAsync(ct);
        var all = await departments.GetAllAsync(ct);
        return new Lookups(
            sectors.DistinctBy(s => s.Name).ToDictionary(s => s.Name, s => s.Code),
            all.Where(d => d.IsTown).DistinctBy(d => d.Name).ToDictionary(d => d.Name, d => d.Id),
            all.DistinctBy(d => d.Name).ToDictionary(d => d.Name, d => d.Id));
    }

    private sealed record Lookups(IReadOnlyDictionary<string, string> Sectors, IReadOnlyDictionary<string, Guid> Towns, IReadOnlyDictionary<string, Guid> Departments);

    [GeneratedRegex(PlanPhone.Pattern)]
    private static partial Regex PhoneFormat();
}
