using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.SignedContracts.Contracts;
using InvestmentPipeline.SignedContracts.Data;
using InvestmentPipeline.SignedContracts.Domain;
using InvestmentPipeline.SignedContracts.Features.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.SignedContracts.Features.Funds;

/// <summary>资金到位: entries with their evidence (PDF/JPG/PNG by content, ≤ 10 MB), the evidence itself, and deletion with a reason.</summary>
internal static class FundEndpoints
{
    public static void MapFunds(this RouteGroupBuilder contracts)
    {
        contracts.MapPost("/{id:guid}/funds", AddAsync).RequirePermission(SignedContractsPermissions.Manage).DisableAntiforgery().WithName("AddContractFunds")
            .WithSummary("登记到位资金（multipart：arrivedOn、amount（元）、kind=BankVoucher|Invoice、note、file 凭证 PDF/JPG/PNG ≤ 10 MB）");
        contracts.MapGet("/{id:guid}/funds/{fundId:guid}/evidence", EvidenceAsync).RequirePermission(SignedContractsPermissions.View)
            .WithName("GetContractFundsEvidence").Produces<Stream>(StatusCodes.Status200OK, "application/pdf").WithSummary("下载到位资金凭证");
        contracts.MapDelete("/{id:guid}/funds/{fundId:guid}", DeleteAsync).RequirePermission(SignedContractsPermissions.Manage).WithName("DeleteContractFunds")
            .WithSummary("删除到位资金（须填写原因 reason）");
    }

    private static async Task<Results<Created<FundEntryDto>, ValidationProblem, ProblemHttpResult>> AddAsync(
        Guid id, [FromForm] DateOnly? arrivedOn, [FromForm] decimal? amount, [FromForm] FundsKind? kind, [FromForm] string? note, IFormFile? file,
        HttpContext http, SignedContractsDbContext db, ContractQueries queries, EvidenceStore store, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var contract = await queries.FindForChangeAsync(id, user, ct);
        if (contract is null)
        {
            return ProblemResults.NotFound("该签约项目");
        }

        var errors = new Dictionary<string, string[]>();
        if (arrivedOn is null)
        {
            errors["arrivedOn"] = ["请填写到位日期"];
        }
        else if (arrivedOn > queries.Today)
        {
            errors["arrivedOn"] = [$"到位日期不能晚于今天（{queries.Today:yyyy-MM-dd}）"];
        }
        else if (arrivedOn < contract.SignedOn)
        {
            errors["arrivedOn"] = [$"到位日期不能早于签约日期（{contract.SignedOn:yyyy-MM-dd}）"];
        }

        if (amount is not > 0)
        {
            errors["amount"] = ["到位资金金额须大于 0"];
        }

        if (kind is not (FundsKind.BankVoucher or FundsKind.Invoice))
        {
            errors["kind"] = ["请选择凭证类型（银行凭证或发票）"];
        }

        if (note?.Length > 500)
        {
            errors["note"] = ["备注不能超过 500 个字符"];
        }

        if (file is null || file.Length == 0)
        {
            errors["file"] = ["请上传到位资金凭证（PDF、JPG 或 PNG）"];
        }
        else if (file.Length > FundEntry.MaxEvidenceBytes)
        {
            errors["file"] = ["凭证文件不能超过 10 MB"];
        }

        if (errors.Count > 0)
        {
            return ProblemResults.Invalid(errors);
        }

        using var buffer = new MemoryStream();
        await file!.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var type = FundEntry.EvidenceTypeOf(content);
        if (new EvidenceFileRule(type, content.Length) is { } rule && rule.IsBroken())
        {
            return ProblemResults.Invalid("file", rule.Message);
        }

        var entryId = Guid.NewGuid();
        var path = await store.SaveAsync(contract.Id, entryId, content, ct);
        var name = Path.GetFileName(file.FileName) is { Length: > 0 and <= 200 } n ? n : "凭证";
        var entry = contract.AddFunds(arrivedOn!.Value, amount!.Value, kind!.Value, note, new FundEvidence(name, type!, content.Length, path),
            References.ActorOf(user), queries.Today, queries.Now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/signed-contracts/{id}/funds/{entry.Id}/evidence", ContractQueries.ToDto(entry));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> EvidenceAsync(
        Guid id, Guid fundId, HttpContext http, SignedContractsDbContext db, ContractQueries queries, EvidenceStore store, CancellationToken ct)
    {
        var visible = await queries.Scoped(http.GetCurrentUser()).AnyAsync(c => c.Id == id, ct);
        var entry = visible ? await db.Funds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fundId && f.ContractId == id, ct) : null;
        var content = entry?.StoredPath is { } path ? await store.ReadAsync(path, ct) : null;
        return content is null ? ProblemResults.NotFound("该凭证") : TypedResults.File(content, entry!.ContentType, entry.FileName);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, Guid fundId, string? reason, HttpContext http, SignedContractsDbContext db, ContractQueries queries, EvidenceStore store, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var contract = await queries.FindForChangeAsync(id, user, ct);
        var entry = contract?.DeleteFunds(fundId, reason, References.ActorOf(user), queries.Now);
        if (entry is null)
        {
            return ProblemResults.NotFound("该到位资金记录");
        }

        await db.SaveChangesAsync(ct);
        if (entry.StoredPath is { } path)
        {
            store.Delete(path);
        }

        return TypedResults.NoContent();
    }
}
