using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Plans;

/// <summary>
/// The year's values a plan entry form sets, checked like the project form: the sector exists, the department exists
/// and is no town, the town is a town, the total is there, and a department user keeps the entry their own.
/// </summary>
internal sealed class PlanYearValuesReader(ReserveDbContext db, IDepartmentDirectory departments)
{
    /// <summary>The values the request sets, or <paramref name="current"/> when it sets none; a request that sets some sets them all.</summary>
    public async Task<(PlanYearValues? Values, ValidationProblem? Problem)> ReadAsync(
        PlanEntryFieldsRequest request, PlanYearValues current, CurrentUser user, CancellationToken ct)
    {
        if (!request.SetsYearValues)
        {
            return (current, null);
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.SectorCode))
        {
            errors["sectorCode"] = ["请选择行业领域"];
        }
        else if (request.SectorCode != current.SectorCode && !await db.Sectors.AnyAsync(s => s.Code == request.SectorCode && s.IsActive, ct))
        {
            errors["sectorCode"] = ["行业领域不存在"];
        }

        var ids = new[] { request.ResponsibleDepartmentId, request.TownId }.OfType<Guid>().ToList();
        var known = await departments.GetAsync(ids, ct);
        if (request.ResponsibleDepartmentId is not { } responsible)
        {
            errors["responsibleDepartmentId"] = ["请选择责任单位"];
        }
        else if (known.GetValueOrDefault(responsible) is not { } department)
        {
            errors["responsibleDepartmentId"] = ["责任单位不存在"];
        }
        else if (department.IsTown && responsible != current.ResponsibleDepartmentId)
        {
            errors["responsibleDepartmentId"] = ["责任单位应为部门，乡镇/街道请填在建设地点"];
        }

        if (request.TownId is { } town && known.GetValueOrDefault(town) is not { IsTown: true })
        {
            errors["townId"] = ["所选乡镇/街道不存在"];
        }

        if (string.IsNullOrWhiteSpace(request.ProjectUnit))
        {
            errors["projectUnit"] = ["请输入项目单位"];
        }

        if (request.TotalInvestment is null)
        {
            errors["totalInvestment"] = ["请填写总投资"];
        }

        if (user.ScopedDepartmentId is { } own && own != request.ResponsibleDepartmentId && own != request.TownId)
        {
            errors["responsibleDepartmentId"] = ["只能填报本部门负责或本乡镇的项目"];
        }

        return errors.Count > 0
            ? (null, ProblemResults.Invalid(errors))
            : (new PlanYearValues(request.SectorCode!, request.TownId, request.ResponsibleDepartmentId!.Value, request.ProjectUnit!.Trim(), request.TotalInvestment!.Value), null);
    }
}
