using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Scheduling.Features.ProblemCategories;

public sealed record ProblemCategoryDto(string Code, string Name, int SortOrder);

internal static class ProblemCategoryEndpoints
{
    public static void MapProblemCategories(this RouteGroupBuilder scheduling) =>
        scheduling.MapGet("/problem-categories", async (SchedulingDbContext db, CancellationToken ct) => TypedResults.Ok(await db.ProblemCategories
                .Where(c => c.IsActive).OrderBy(c => c.SortOrder)
                .Select(c => new ProblemCategoryDto(c.Code, c.Name, c.SortOrder)).ToListAsync(ct)))
            .RequirePermission(SchedulingPermissions.View)
            .WithName("GetProblemCategories")
            .WithSummary("问题类别（基础数据）");
}
