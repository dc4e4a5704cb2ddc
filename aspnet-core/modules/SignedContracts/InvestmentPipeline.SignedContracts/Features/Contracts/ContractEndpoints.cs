using InvestmentPipeline.Infrastructure.Excel;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.SharedKernel.Paging;
using InvestmentPipeline.SignedContracts.Contracts;
using InvestmentPipeline.SignedContracts.Data;
using InvestmentPipeline.SignedContracts.Domain;
using InvestmentPipeline.SignedContracts.Features.Sheet;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.SignedContracts.Features.Contracts;

/// <summary>签约项目: the list, its export in the ledger's layout, one contract with everything on it, and the form.</summary>
internal static class ContractEndpoints
{
    public static void MapContracts(this RouteGroupBuilder contracts)
    {
        contracts.MapGet("/", ListAsync).RequirePermission(SignedContractsPermissions.View).WithName("GetSignedContracts")
            .WithSummary("签约项目列表（搜索编号/项目/企业/信用代码；按产业、状态、责任单位、签约活动、年度、节点逾期筛选；排序）");
        contracts.MapGet("/export", ExportAsync).RequirePermission(SignedContractsPermissions.View).WithName("ExportSignedContracts").ProducesExcel()
            .WithSummary("导出签约项目台账（xlsx，签约项目台账格式，金额为万元）");
        contracts.MapGet("/{id:guid}", GetAsync).RequirePermission(SignedContractsPermissions.View).WithName("GetSignedContract")
            .WithSummary("一个签约项目：节点、到位资金、履约历史、协调问题、来源线索与落地项目");
        contracts.MapPost("/", CreateAsync).RequirePermission(SignedContractsPermissions.Manage).WithName("CreateSignedContract")
            .WithSummary("登记签约项目（不经招商线索；可附节点计划）");
        contracts.MapPut("/{id:guid}", UpdateAsync).RequirePermission(SignedContractsPermissions.Manage).WithName("UpdateSignedContract")
            .WithSummary("修改签约项目（须带 concurrencyStamp，过期返回 409）");
    }

    private static async Task<Ok<PagedResult<ContractListItemDto>>> ListAsync(
        string? search, string? industryCode, FulfilmentState? state, Guid? departmentId, string? signingEvent, int? year, bool? overdueMilestone,
        string? sort, int? page, int? pageSize, HttpContext http, ContractQueries queries, CancellationToken ct)
    {
        var filter = new ContractFilter(search, industryCode, state, departmentId, signingEvent, year, overdueMilestone == true);
        return TypedResults.Ok(await queries.PageAsync(queries.Filter(queries.Scoped(http.GetCurrentUser()), filter), sort, PageQuery.From(page, pageSize), ct));
    }

    private static async Task<FileContentHttpResult> ExportAsync(
        string? search, string? industryCode, FulfilmentState? state, Guid? departmentId, string? signingEvent, int? year, bool? overdueMilestone,
        string? sort, HttpContext http, ContractQueries queries, CancellationToken ct)
    {
        var filter = new ContractFilter(search, industryCode, state, departmentId, signingEvent, year, overdueMilestone == true);
        var contracts = (await queries.PageAsync(queries.Filter(queries.Scoped(http.GetCurrentUser()), filter), sort, new PageQuery(1, ExcelExport.MaxRows), ct)).Items;
        var rows = contracts.Select(c => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [ContractSheet.ProjectName] = c.ProjectName,
            [ContractSheet.Company] = c.CompanyName,
            [ContractSheet.CreditCode] = c.CreditCode,
            [ContractSheet.SignedOn] = c.SignedOn.ToString("yyyy-MM-dd"),
            [ContractSheet.SigningEvent] = c.SigningEvent,
            [ContractSheet.Industry] = c.IndustryName,
            [ContractSheet.Amount] = c.ContractedAmount / SheetCell.YuanPer10k,
            [ContractSheet.Funds] = c.FundsArrived / SheetCell.YuanPer10k,
            [ContractSheet.State] = c.FulfilmentStateName,
            [ContractSheet.Department] = c.ResponsibleDepartmentName,
        }).ToList();
        return rows.Count > 0
            ? await ExcelExport.FileAsync(rows, ContractSheet.SheetName, $"{ContractSheet.SheetName}.xlsx", ct)
            : await ImportResults.TemplateAsync(ContractSheet.Columns, ContractSheet.SheetName, $"{ContractSheet.SheetName}.xlsx", ct);
    }

    private static async Task<Results<Ok<ContractDetailDto>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, ContractQueries queries, IReserveProjectDirectory projects, CancellationToken ct)
    {
        var contract = await queries.Scoped(http.GetCurrentUser()).Include(c => c.Milestones).Include(c => c.Funds).Include(c => c.Problems)
            .Include(c => c.History).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contract is null)
        {
            return ProblemResults.NotFound("该签约项目");
        }

        var projectName = contract.ProjectId is { } projectId ? (await projects.GetNamesAsync([projectId], ct)).GetValueOrDefault(projectId) : null;
        return TypedResults.Ok(await queries.ToDetailAsync(contract, projectName, ct));
    }

    private static async Task<Results<Created<ContractDetailDto>, ValidationProblem>> CreateAsync(
        CreateContractRequest request, HttpContext http, SignedContractsDbContext db, ContractQueries queries, References references, CancellationToken ct)
    {
        var (terms, invalid) = await ReadTermsAsync(request, references, queries.Today, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        string number;
        if (request.Number?.Trim() is { Length: > 0 } given)
        {
            if (await db.Contracts.AnyAsync(c => c.Number == given, ct))
            {
                return ProblemResults.Invalid("number", $"签约编号 {given} 已被使用");
            }

            number = given;
        }
        else
        {
            number = await NextNumberAsync(db, terms!.SignedOn.Year, ct);
        }

        var user = http.GetCurrentUser();
        var actor = References.ActorOf(user);
        var now = queries.Now;
        var contract = SignedContract.Create(Guid.NewGuid(), number, terms!, null, "登记签约项目", actor, queries.Today, now);
        foreach (var plan in request.Milestones ?? [])
        {
            if (Enum.IsDefined(plan.Kind) && plan.PlannedOn is not null)
            {
                contract.SetMilestone(plan.Kind, plan.PlannedOn, null, null, actor, queries.Today, now);
            }
        }

        db.Contracts.Add(contract);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/signed-contracts/{contract.Id}", await queries.ToDetailAsync(contract, null, ct));
    }

    private static async Task<Results<Ok<ContractDetailDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateContractRequest request, HttpContext http, SignedContractsDbContext db, ContractQueries queries, References references,
        IReserveProjectDirectory projects, CancellationToken ct)
    {
        var contract = await queries.FindForChangeAsync(id, http.GetCurrentUser(), ct);
        if (contract is null)
        {
            return ProblemResults.NotFound("该签约项目");
        }

        if (contract.ConcurrencyStamp != request.ConcurrencyStamp)
        {
            return ProblemResults.Problem(StatusCodes.Status409Conflict, "该签约项目已被他人修改，请刷新后重试。", "SignedContracts.Concurrency");
        }

        var (terms, invalid) = await ReadTermsAsync(request, references, queries.Today, ct);
        if (invalid is not null)
        {
            return invalid;
        }

        if (terms != contract.Terms)
        {
            contract.Change(terms!, queries.Today);
            await db.SaveChangesAsync(ct);
        }

        var projectName = contract.ProjectId is { } projectId ? (await projects.GetNamesAsync([projectId], ct)).GetValueOrDefault(projectId) : null;
        return TypedResults.Ok(await queries.ToDetailAsync(contract, projectName, ct));
    }

    /// <summary>The form as terms, after what only the catalogue and the department list know; every bad field at once.</summary>
    internal static async Task<(ContractTerms? Terms, ValidationProblem? Problem)> ReadTermsAsync(
        ContractFieldsRequest request, References references, DateOnly today, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var creditCode = string.IsNullOrWhiteSpace(request.CreditCode) ? null : request.CreditCode.Trim();
        if (creditCode is not null && !SharedKernel.Domain.CreditCode.IsValid(creditCode))
        {
            errors["creditCode"] = [new CreditCodeValidRule(creditCode).Message];
        }

        if (request.SignedOn > today)
        {
            errors["signedOn"] = [$"签约日期不能晚于今天（{today:yyyy-MM-dd}）"];
        }

        var industry = request.IndustryCode!.Trim();
        if (!(await references.IndustriesAsync(ct)).Any(i => i.Code == industry))
        {
            errors["industryCode"] = ["产业类别不在重点招商目录中"];
        }

        var department = request.ResponsibleDepartmentId!.Value;
        if (!(await references.DepartmentNamesAsync([department], ct)).ContainsKey(department))
        {
            errors["responsibleDepartmentId"] = ["责任单位不存在"];
        }

        if (string.IsNullOrWhiteSpace(request.ProjectName))
        {
            errors["projectName"] = ["请填写项目名称"];
        }

        if (string.IsNullOrWhiteSpace(request.CompanyName))
        {
            errors["companyName"] = ["请填写签约企业"];
        }

        return errors.Count > 0
            ? (null, ProblemResults.Invalid(errors))
            : (new ContractTerms(
                request.ProjectName!.Trim(), request.CompanyName!.Trim(), creditCode is null ? null : SharedKernel.Domain.CreditCode.Normalize(creditCode),
                request.SignedOn!.Value, string.IsNullOrWhiteSpace(request.SigningEvent) ? null : request.SigningEvent.Trim(), industry,
                request.ContractedAmount!.Value, department), null);
    }

    public static async Task<string> NextNumberAsync(SignedContractsDbContext db, int year, CancellationToken ct)
    {
        var prefix = ContractNumber.Prefix(year);
        var taken = await db.Contracts.Where(c => c.Number.StartsWith(prefix)).Select(c => c.Number).ToListAsync(ct);
        var local = db.Contracts.Local.Where(c => c.Number.StartsWith(prefix, StringComparison.Ordinal)).Select(c => c.Number);
        return ContractNumber.Next(year, taken.Concat(local));
    }
}
