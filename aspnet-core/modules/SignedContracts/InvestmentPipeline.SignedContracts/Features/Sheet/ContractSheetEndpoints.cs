using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Excel;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.SignedContracts.Contracts;
using InvestmentPipeline.SignedContracts.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace InvestmentPipeline.SignedContracts.Features.Sheet;

/// <summary>The 签约项目台账 in: the import (all or nothing), its marked copy, and the template.</summary>
internal static class ContractSheetEndpoints
{
    public static void MapContractSheets(this RouteGroupBuilder contracts)
    {
        contracts.MapGet("/import/template", TemplateAsync).RequirePermission(SignedContractsPermissions.View).WithName("GetSignedContractImportTemplate")
            .WithSummary("签约项目台账导入模板（表头）").ProducesExcel();
        contracts.MapPost("/import", ImportAsync).RequirePermission(SignedContractsPermissions.Manage).DisableAntiforgery().LimitedAsImport()
            .WithName("ImportSignedContracts").WithSummary("导入签约项目台账（multipart file）：全部正确才写入，否则返回全部错误（422，problems）");
        contracts.MapPost("/import/errors", ErrorWorkbookAsync).RequirePermission(SignedContractsPermissions.Manage).DisableAntiforgery().LimitedAsImport()
            .WithName("GetSignedContractImportErrorWorkbook").WithSummary("下载标出错误单元格的原工作簿").ProducesExcel();
    }

    private static Task<Results<Ok<ContractImportResultDto>, ProblemHttpResult>> ImportAsync(
        [AsParameters] SheetUpload upload, HttpContext http, ContractImport import, ImportLimits limits, AuditWriter audit, CancellationToken ct) =>
        ImportResults.ImportAsync(upload, limits, (bytes, names) => import.CheckAsync(bytes, names, ct), async check =>
        {
            var result = await import.ApplyAsync(check, References.ActorOf(http.GetCurrentUser()), ct);
            await audit.WriteAsync(AuditActions.Import, AuditOutcomes.Success, e =>
            {
                e.EntityType = nameof(SignedContract);
                e.Detail = $"导入签约项目台账「{upload.File.FileName}」{result.Rows} 行：新建 {result.Created}，更新 {result.Updated}，无变化 {result.Unchanged}";
            }, ct);
            return result;
        }, ct);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> ErrorWorkbookAsync([AsParameters] SheetUpload upload, ContractImport import, CancellationToken ct) =>
        ImportResults.ErrorWorkbookAsync(upload, (bytes, names) => import.CheckAsync(bytes, names, ct), ct);

    private static Task<FileContentHttpResult> TemplateAsync(CancellationToken ct) =>
        ImportResults.TemplateAsync(ContractSheet.Columns, ContractSheet.SheetName, $"{ContractSheet.SheetName}-模板.xlsx", ct);
}
