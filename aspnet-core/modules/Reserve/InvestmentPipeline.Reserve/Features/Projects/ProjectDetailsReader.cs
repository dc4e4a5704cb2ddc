using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Projects;

/// <summary>
/// Turns a submitted form into <see cref="ProjectDetails"/> after checking what only the database knows: the sector
/// exists, the departments exist, the town is a town, and a department user submits for their own department or town.
/// </summary>
internal sealed class ProjectDetailsReader(ReserveDbContext db, IDepartmentDirectory departments)
{
    public async Task<(ProjectDetails? Details, ValidationProblem? Problem)> ReadAsync(ProjectFieldsRequest request, CurrentUser user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!await db.Sectors.AnyAsync(s => s.Code == request.SectorCode && s.IsActive, ct))
        {
            errors["sectorCode"] = ["行业领域不存在"];
        }

        var responsible = request.ResponsibleDepartmentId!.Value;
        var known = await departments.GetAsync(request.TownId is { } t ? [responsible, t] : [responsible], ct);
        if (!known.ContainsKey(responsible))
        {
            errors["responsibleDepartmentId"] = ["责任部门不存在"];
        }

        if (request.TownId is { } town && known.GetValueOrDefault(town) is not { IsTown: true })
        {
            errors["townId"] = ["所选乡镇/街道不存在"];
        }

        if (user.ScopedDepartmentId is { } own && own != responsible && own != request.TownId)
        {
            errors["responsibleDepartmentId"] = ["只能申报本部门负责或本乡镇的项目"];
        }

        if (errors.Count > 0)
        {
            return (null, ProblemResults.Invalid(errors));
        }

        var code = string.IsNullOrWhiteSpace(request.Code) ? null : request.Code.Trim();
        var sources = (request.FundingSources ?? []).Select(f => new FundingSource(f.Channel, f.Amount, f.IsSecured, f.Note?.Trim())).ToList();
        return (new ProjectDetails(
            request.Name.Trim(), code, request.Regime!.Value, request.SectorCode, request.TownId, responsible, request.ProjectUnit.Trim(),
            string.IsNullOrWhiteSpace(request.Scope) ? null : request.Scope.Trim(), request.TotalInvestment, sources,
            FirstOfMonth(request.PlannedStart), FirstOfMonth(request.PlannedCompletion), request.Maturity!.Value,
            Trimmed(request.LandPlan), Trimmed(request.FeasibilityApproval), Trimmed(request.RevenuePlan)), null);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Plans are kept by month: any day given stands for its month.</summary>
    private static DateOnly? FirstOfMonth(DateOnly? date) => date is { } d ? new DateOnly(d.Year, d.Month, 1) : null;
}
