using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Excel;
using InvestmentPipeline.SharedKernel.Time;
using InvestmentPipeline.SignedContracts.Contracts;
using InvestmentPipeline.SignedContracts.Data;
using InvestmentPipeline.SignedContracts.Domain;
using InvestmentPipeline.SignedContracts.Features.Contracts;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.SignedContracts.Features.Sheet;

/// <summary>One valid ledger row, with the contract it matched (null: the row signs a new one).</summary>
internal sealed record ContractImportRow(int Row, ContractTerms Terms, decimal? FundsArrived, FulfilmentState State)
{
    public string MatchKey { get; } = SignedContract.MatchKeyOf(Terms.ProjectName, Terms.CompanyName);

    public SignedContract? Contract { get; set; }
}

internal sealed record ContractImportCheck(byte[] Bytes, ImportSheet Sheet, IReadOnlyList<ContractImportRow> Rows) : ISheetCheck;

public sealed record ContractImportResultDto(int Rows, int Created, int Updated, int Unchanged, IReadOnlyList<string> Warnings, IReadOnlyList<SkippedRow> Skipped);

/// <summary>
/// Imports the 签约项目台账 all-or-nothing. Rows match contracts by 项目名称 (near-identical) plus 签约企业; a row's
/// 累计到位资金 that differs from the contract's total becomes a 台账导入 funds entry of the difference, and its 履约状态 is
/// taken as written (history: 台账导入). Re-importing the same file, or an export, changes nothing.
/// </summary>
internal sealed class ContractImport(SignedContractsDbContext db, References references, ImportSheetReader sheets, TimeProvider time)
{
    /// <param name="mappings">The user's choices for names the file writes that no department or town has (this import only).</param>
    public async Task<ContractImportCheck?> CheckAsync(byte[] workbook, IReadOnlyDictionary<string, Guid> mappings, CancellationToken ct)
    {
        var sheet = sheets.Read(workbook, ContractSheet.Columns, ct);
        if (sheet is null || sheet.Refusal is not null)
        {
            return sheet is null ? null : new ContractImportCheck(workbook, sheet, []);
        }

        var today = ShanghaiClock.Today(time);
        var industries = (await references.IndustriesAsync(ct)).DistinctBy(i => i.Name).ToDictionary(i => i.Name, i => i.Code);
        var departments = new DepartmentNames(await references.AllDepartmentsAsync(ct), mappings);
        var parsed = sheet.Rows.Select(row => (Row: row, Parsed: Parse(new RowReader(row), industries, departments, today))).ToList();
        var duplicates = ReportDuplicates(sheet);
        var rows = parsed.Where(p => p.Parsed is not null && !duplicates.Contains(p.Row.Number)).Select(p => p.Parsed!).ToList();

        var keys = rows.Select(r => r.MatchKey).Distinct().ToList();
        var candidates = (await db.Contracts.Include(c => c.Funds).Include(c => c.Milestones).Include(c => c.History).AsSplitQuery()
            .Where(c => keys.Contains(c.MatchKey)).ToListAsync(ct)).ToLookup(c => c.MatchKey);
        foreach (var row in rows)
        {
            var matches = candidates[row.MatchKey].ToList();
            if (matches.Count > 1)
            {
                sheet.Problems.Add(sheet.Problem(row.Row, ContractSheet.ProjectName, row.Terms.ProjectName,
                    $"已有 {matches.Count} 个同名同企业的签约项目（{string.Join("、", matches.Select(c => c.Number))}），无法确定对应哪一个"));
            }
            else
            {
                row.Contract = matches.SingleOrDefault();
            }
        }

        return new ContractImportCheck(workbook, sheet, rows);
    }

    public async Task<ContractImportResultDto> ApplyAsync(ContractImportCheck check, Actor by, CancellationToken ct)
    {
        var today = ShanghaiClock.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        int created = 0, updated = 0, unchanged = 0;
        foreach (var row in check.Rows)
        {
            var contract = row.Contract;
            if (contract is null)
            {
                contract = SignedContract.Create(Guid.NewGuid(), await ContractEndpoints.NextNumberAsync(db, row.Terms.SignedOn.Year, ct), row.Terms, null,
                    "台账导入", by, today, now);
                db.Contracts.Add(contract);
                created++;
            }

            var stamp = contract.ConcurrencyStamp;
            if (contract.Terms != row.Terms)
            {
                contract.Change(row.Terms, today);
            }

            contract.ImportState(row.State, by, now);
            if (row.FundsArrived is { } total && total != contract.FundsArrived)
            {
                contract.AddFunds(Max(contract.SignedOn, today), total - contract.FundsArrived, FundsKind.LedgerImport, "台账导入：累计到位资金调整", null, by, today, now);
            }

            if (row.Contract is not null)
            {
                if (contract.ConcurrencyStamp != stamp)
                {
                    updated++;
                }
                else
                {
                    unchanged++;
                }
            }
        }

        await db.SaveChangesAsync(ct);
        return new ContractImportResultDto(check.Rows.Count, created, updated, unchanged, check.Sheet.Warnings, check.Sheet.Skipped);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>The same contract twice in the file (项目名称 and 签约企业), judged on every row that names both, whatever else is wrong with it.</summary>
    private static HashSet<int> ReportDuplicates(ImportSheet sheet)
    {
        var reported = new HashSet<int>();
        var first = new Dictionary<string, int>();
        foreach (var row in sheet.Rows)
        {
            if (SheetCell.Text(row[ContractSheet.ProjectName]) is not { } name || SheetCell.Text(row[ContractSheet.Company]) is not { } company)
            {
                continue;
            }

            var key = SignedContract.MatchKeyOf(name, company);
            if (first.TryGetValue(key, out var earlier))
            {
                sheet.Problems.Add(sheet.Problem(row.Number, ContractSheet.ProjectName, name, $"与第 {earlier} 行是同一签约项目（项目名称与签约企业相同），同一项目只能出现一次"));
                reported.Add(row.Number);
                continue;
            }

            first[key] = row.Number;
        }

        return reported;
    }

    private static ContractImportRow? Parse(RowReader reader, Dictionary<string, string> industries, DepartmentNames departments, DateOnly today)
    {
        var name = reader.Text(ContractSheet.ProjectName, SignedContract.NameMaxLength, required: true);
        var company = reader.Text(ContractSheet.Company, SignedContract.NameMaxLength, required: true);
        var creditCode = reader.Text(ContractSheet.CreditCode, 32);
        if (creditCode is not null && !SharedKernel.Domain.CreditCode.IsValid(creditCode))
        {
            reader.Fail(ContractSheet.CreditCode, new CreditCodeValidRule(creditCode).Message);
        }

        var signedOn = reader.Date(ContractSheet.SignedOn, required: true);
        if (signedOn > today)
        {
            reader.Fail(ContractSheet.SignedOn, $"「签约时间」不能晚于今天（{today:yyyy-MM-dd}）");
        }

        var signingEvent = reader.Text(ContractSheet.SigningEvent, SignedContract.EventMaxLength);
        var industryName = reader.Text(ContractSheet.Industry, 100, required: true);
        string? industry = null;
        if (industryName is not null && !industries.TryGetValue(industryName, out industry))
        {
            reader.Fail(ContractSheet.Industry, $"「产业类别」应为重点招商目录中的产业：{string.Join("、", industries.Keys)}");
        }

        var amount = reader.Amount10k(ContractSheet.Amount, required: true);
        if (amount == 0)
        {
            reader.Fail(ContractSheet.Amount, "「协议投资额(万元)」须大于 0");
        }

        var funds = reader.Amount10k(ContractSheet.Funds);
        var state = reader.Choice(ContractSheet.State, ContractWords.StateByName, required: true);
        var department = reader.Name(ContractSheet.Department, written => departments.Resolve(written, NameScope.Any), nameof(NameScope.Any), required: true);

        if (reader.HasProblems || name is null || company is null || signedOn is null || industry is null || amount is null || state is null || department is null)
        {
            return null;
        }

        var terms = new ContractTerms(
            name, company, creditCode is null ? null : SharedKernel.Domain.CreditCode.Normalize(creditCode), signedOn.Value, signingEvent, industry,
            amount.Value, department.Value);
        return new ContractImportRow(reader.Row, terms, funds, state.Value);
    }
}
