namespace InvestmentPipeline.Reserve.Contracts;

/// <summary>
/// A project in a year's 年度重点项目计划 as the other modules need it (Scheduling's monthly progress, rates and warnings).
/// <c>NormalizedName</c> is the library's near-identical-name key, for matching rows of a workbook. The sector, department
/// (责任单位, with its name), town, 项目单位 and 总投资 are those the year's plan lists, not the project's current ones.
/// </summary>
public sealed record PlannedProjectInfo(
    Guid ProjectId, string Name, string NormalizedName, string? Code, ConstructionType Type, decimal PlannedInvestment,
    DateOnly? PlannedStartMonth, string SectorCode, Guid ResponsibleDepartmentId, Guid? TownId, string ResponsibleDepartmentName, int? SerialNo,
    string ProjectUnit, decimal TotalInvestment);

/// <summary>A target of the year: a percentage by the end of the month for the rates, yuan for the annual investment.</summary>
public sealed record PlanTargetInfo(PlanTargetKind Kind, int Month, decimal Value);

/// <summary>Read access to the annual plans for the other modules.</summary>
public interface IAnnualPlanDirectory
{
    /// <summary>The year's plan projects; with a department, only those it is responsible for or that lie in it (a town) in that year's plan.</summary>
    Task<IReadOnlyList<PlannedProjectInfo>> GetProjectsAsync(int year, Guid? departmentScope, CancellationToken cancellationToken);

    Task<IReadOnlyList<PlanTargetInfo>> GetTargetsAsync(int year, CancellationToken cancellationToken);
}
