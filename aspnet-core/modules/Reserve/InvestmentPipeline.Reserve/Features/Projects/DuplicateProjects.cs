using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Projects;

/// <summary>
/// Duplicate detection across the whole library (not only the caller's scope): the same code is refused;
/// a near-identical name is refused unless the user confirms it is another project.
/// </summary>
internal sealed class DuplicateProjects(ReserveDbContext db)
{
    public const string DuplicateCode = "Reserve.DuplicateCode";
    public const string SimilarName = "Reserve.SimilarName";

    public async Task<ProblemHttpResult?> CheckAsync(ProjectDetails details, Guid? self, bool allowSimilarName, CancellationToken ct)
    {
        if (details.Code is { } code)
        {
            var sameCode = await Matches(db.Projects.Where(p => p.Code == code && p.Id != self), ct);
            if (sameCode.Count > 0)
            {
                return Conflict(DuplicateCode, $"项目代码 {code} 已被项目「{sameCode[0].Name}」使用", sameCode);
            }
        }

        if (allowSimilarName)
        {
            return null;
        }

        var key = ProjectNameKey.Of(details.Name);
        var similar = await Matches(db.Projects.Where(p => p.NormalizedName == key && p.Id != self), ct);
        return similar.Count == 0 ? null : Conflict(SimilarName, $"项目库中已有名称相近的项目「{similar[0].Name}」，请确认不是同一项目", similar);
    }

    private static Task<List<DuplicateProjectDto>> Matches(IQueryable<Project> projects, CancellationToken ct) =>
        projects.OrderBy(p => p.Name).Take(10).Select(p => new DuplicateProjectDto(p.Id, p.Name, p.Code)).ToListAsync(ct);

    private static ProblemHttpResult Conflict(string code, string detail, List<DuplicateProjectDto> duplicates) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "项目可能重复",
            extensions: new Dictionary<string, object?> { ["code"] = code, ["duplicates"] = duplicates });
}
