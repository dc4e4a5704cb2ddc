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
internal sealed record PlanImportCheck(byte[] Bytes, ImportSheet Sheet, IReadOnlyList<PlanImportRow> Rows) : ISheetCheck;

/// <summary>
/// Imports the 年度重点项目计划表 all-or-nothing: every row is parsed and checked against the library, the sectors and the
/// department list; only when no row has a problem are the projects and plan entries written, in one SaveChanges.
/// Rows match library projects by 项目代码, else by near-identical 项目名称, so re-importing a file changes nothing.
/// Entries of the year that the file does not list are left as they are. A row writes its year's entry, and the project
/// master only when that year is the project's latest plan year.
/// </summary>
internal sealed partial class PlanImport(ReserveDbContext db, IDepartmentDirectory departments, ImportSheetReader sheets, TimeProvider time)
{
    /// <param name="mappings">The user's choices for names the file writes that no department or town has (this import only).</param>
    public async Task<PlanImportCheck?> CheckAsync(int year, byte[] workbook, IReadOnlyDictionary<string, Guid> mappings, CurrentUser user, CancellationToken ct)
    {
        var sheet = sheets.Read(workbook, PlanSheet.Columns, ct);
        if (sheet is null || sheet.Refusal is not null)
        {
            return sheet is null ? null : new PlanImportCheck(workbook, sheet, []);
        }

        var lookups = await LookupsAsync(mappings, ct);
        var parsed = sheet.Rows.Select(row => (Row: row, Parsed: ParseWithUnit(year, new RowReader(row), lookups, user))).ToList();
        var duplicates = ReportDuplicatesInFile(sheet);
        var rows = parsed.Where(p => p.Parsed is not null && !duplicates.Contains(p.Row.Number)).Select(p => p.Parsed!).ToList();
        await MatchLibraryAsync(year, rows, sheet, user, ct);
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

        var type = TypeOf(reader);
        Lookup(reader, PlanSheet.Sector, lookups.Sectors, required: true, _ => $"「行业领域」应为以下之一：{string.Join("、", lookups.Sectors.Keys)}", out var sectorCode);
        var townId = reader.Name(PlanSheet.Town, written => lookups.Names.Resolve(written, NameScope.Towns), nameof(NameScope.Towns), unknownIsNote: true);
        var unitId = reader.Name(PlanSheet.Unit, written => lookups.Names.Resolve(written, NameScope.Any), nameof(NameScope.Any), required: true);
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

        if (name is null || type is null || sectorCode is null || unitId is null || total is null || planned is null)
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

    /// <summary>
    /// 建设性质 as written, else the type of the group row above (一、续建项目), noted as interpreted; a row with neither
    /// is a problem even when the sheet has no such column (its group rows stood in for it).
    /// </summary>
    private static ConstructionType? TypeOf(RowReader reader)
    {
        var row = reader.SheetRow;
        if (row[PlanSheet.Type] is not null || GroupType(row.Group) is not { } byGroup)
        {
            var type = reader.Choice(PlanSheet.Type, ConstructionTypeNames.ByName, required: true);
            if (type is null && !row.HasColumn(PlanSheet.Type))
            {
                reader.Fail(PlanSheet.Type, "未填写「建设性质」，且不在「续建项目」「新建项目」「拟开工项目」等分组之下");
            }

            return type;
        }

        row.Sheet.Note(PlanSheet.Type, row.Number, $"未填写，按所在分组「{row.Group}」取为{ConstructionTypeNames.Of(byGroup)}");
        return byGroup;
    }

    private static ConstructionType? GroupType(string? group) => group switch
    {
        null => null,
        _ when group.Contains("续建", StringComparison.Ordinal) => ConstructionType.Continuing,
        _ when group.Contains("拟开工", StringComparison.Ordinal) || group.Contains("预备", StringComparison.Ordinal) => ConstructionType.ToStart,
        _ when group.Contains("新建", StringComparison.Ordinal) || group.Contains("新开工", StringComparison.Ordinal) => ConstructionType.New,
        _ => null,
    };

    /// <summary>
    /// The same project twice in the file (same 项目代码, else near-identical 项目名称), judged on every row that names one,
    /// whatever else is wrong with it; returns the rows reported.
    /// </summary>
    private static HashSet<int> ReportDuplicatesInFile(ImportSheet sheet)
    {
        var reported = new HashSet<int>();
        var firstByCode = new Dictionary<string, int>();
        var firstByName = new Dictionary<string, int>();
        foreach (var row in sheet.Rows)
        {
            var code = SheetCell.Text(row[PlanSheet.Code]);
            var name = SheetCell.Text(row[PlanSheet.Name]);
            var nameKey = name is null ? null : ProjectNameKey.Of(name);
            var duplicateOf = code is not null && firstByCode.TryGetValue(code, out var byCode) ? (PlanSheet.Code, code, byCode)
                : nameKey is not null && firstByName.TryGetValue(nameKey, out var byName) ? (PlanSheet.Name, name, byName)
                : default;
            if (duplicateOf != default)
            {
                sheet.Problems.Add(sheet.Problem(row.Number, duplicateOf.Item1, duplicateOf.Item2, $"与第 {duplicateOf.Item3} 行是同一项目，同一项目只能出现一次"));
                reported.Add(row.Number);
                continue;
            }

            if (code is not null)
            {
                firstByCode[code] = row.Number;
            }

            if (nameKey is not null)
            {
                firstByName[nameKey] = row.Number;
            }
        }

        return reported;
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

    private async Task<Lookups> LookupsAsync(IReadOnlyDictionary<string, Guid> mappings, CancellationToken ct)
    {
        var sectors = await db.Sectors.Where(s => s.IsActive).OrderBy(s => s.SortOrder).Select(s => new { s.Name, s.Code }).ToListAsync(ct);
        return new Lookups(sectors.DistinctBy(s => s.Name).ToDictionary(s => s.Name, s => s.Code), new DepartmentNames(await departments.GetAllAsync(ct), mappings));
    }

    private sealed record Lookups(IReadOnlyDictionary<string, string> Sectors, DepartmentNames Names);

    [GeneratedRegex(PlanPhone.Pattern)]
    private static partial Regex PhoneFormat();
}
