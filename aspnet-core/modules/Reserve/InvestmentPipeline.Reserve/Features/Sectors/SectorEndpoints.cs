using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Sectors;

public sealed record SectorDto(string Code, string Name, int SortOrder);

internal static class SectorEndpoints
{
    public static void MapSectors(this RouteGroupBuilder reserve) =>
        reserve.MapGet("/sectors", async (ReserveDbContext db, CancellationToken ct) => TypedResults.Ok(await db.Sectors
                .Where(s => s.IsActive).OrderBy(s => s.SortOrder)
                .Select(s => new SectorDto(s.Code, s.Name, s.SortOrder)).ToListAsync(ct)))
            .RequirePermission(ReservePermissions.View)
            .WithName("GetSectors")
            .WithSummary("行业领域（基础数据）");
}
