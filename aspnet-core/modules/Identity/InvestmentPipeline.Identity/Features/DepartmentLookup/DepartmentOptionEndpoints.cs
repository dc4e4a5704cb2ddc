using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace InvestmentPipeline.Identity.Features.DepartmentLookup;

public sealed record DepartmentOptionDto(Guid Id, Guid? ParentId, string Name, string Code, bool IsTown);

internal static class DepartmentOptionEndpoints
{
    /// <summary>The department tree for pickers in every module: names only, so any signed-in user may read it.</summary>
    public static void MapDepartmentOptions(this RouteGroupBuilder identity) =>
        identity.MapGet("/department-options", async (IDepartmentDirectory directory, CancellationToken ct) =>
                TypedResults.Ok((await directory.GetAllAsync(ct)).Select(d => new DepartmentOptionDto(d.Id, d.ParentId, d.Name, d.Code, d.IsTown)).ToList()))
            .RequireSignedIn()
            .WithName("GetDepartmentOptions")
            .WithSummary("部门选项（供各模块选择责任部门、乡镇）");
}
