using System.Globalization;
using InvestmentPipeline.Infrastructure.Excel;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Features.Plans;

/// <summary>
/// The import's second half: matching the parsed rows to library projects and writing them. A row's sector, town,
/// department, 项目单位 and total go to its year's entry; the project master takes them only when that year is the
/// project's latest plan year, so importing next year's plan never rewrites this year's, nor an older year the master.
/// </summary>
internal sealed partial class PlanImport
{
    public async Task<PlanImportResultDto> ApplyAsync(int year, PlanImportCheck check, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var entries = await db.PlanEntries.Where(e => e.Year == year).ToDictionaryAsync(e => e.ProjectId, ct);
        var unitNames = await departments.GetAsync(check.Rows.Where(r => r.Project is null && r.ProjectUnit is null).Select(r => r.ResponsibleDepartmentId).Distinct(), ct);
        int created = 0, updatedProjects = 0, added = 0, updated = 0, unchanged = 0;
        foreach (var row in check.Rows)
        {
            var project = row.Project;
            if (project is null)
            {
                var unit = row.ProjectUnit ?? unitNames.GetValueOrDefault(row.ResponsibleDepartmentId)?.Name ?? string.Empty;
                project = Project.EnterFromPlan(NewProjectDetails(row, unit), row.Type, now);
                db.Projects.Add(project);
                created++;
            }
            else if (row.ProjectDetails != project.Details)
            {
                project.Change(row.ProjectDetails!);
                updatedProjects++;
            }

            var entry = entries.GetValueOrDefault(project.Id);
            var values = YearValuesOf(row, entry?.YearValues ?? PlanYearValues.Of(project.Details));
            if (entry is null)
            {
                db.PlanEntries.Add(PlanEntry.Add(year, project.Id, values, row.Entry, now));
                added++;
            }
            else if (entry.Details != row.Entry || entry.YearValues != values)
            {
                entry.Change(row.Entry, values);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        await db.SaveChangesAsync(ct);
        var warnings = check.Sheet.Warnings.ToList();
        var listed = check.Rows.Select(r => r.Project?.Id).OfType<Guid>().ToHashSet();
        if (entries.Keys.Count(id => !listed.Contains(id)) is > 0 and var untouched)
        {
            warnings.Add($"计划中另有 {untouched} 个项目不在本文件中，未作改动");
        }

        return new PlanImportResultDto(check.Rows.Count, created, updatedProjects, added, updated, unchanged, warnings, check.Sheet.Skipped);
    }

    /// <summary>The row with its 项目单位, read first so that a bad one drops the row like any other bad cell.</summary>
    private static PlanImportRow? ParseWithUnit(int year, RowReader reader, Lookups lookups, CurrentUser user)
    {
        var projectUnit = reader.Text(PlanSheet.ProjectUnit, Project.UnitMaxLength);
        return Parse(year, reader, lookups, user) is { } row ? row with { ProjectUnit = projectUnit } : null;
    }

    /// <summary>
    /// The row's values for its year. A blank 建设地点 or 项目单位 (or none in the sheet) keeps what the year had, or for a
    /// new entry takes the project's.
    /// </summary>
    private static PlanYearValues YearValuesOf(PlanImportRow row, PlanYearValues fallback) =>
        new(row.SectorCode, row.TownId ?? fallback.TownId, row.ResponsibleDepartmentId, row.ProjectUnit ?? fallback.ProjectUnit, row.TotalInvestment);

    /// <summary>Finds each row's library project and checks that the row may change it; rows with a problem are dropped.</summary>
    private async Task MatchLibraryAsync(int year, List<PlanImportRow> rows, ImportSheet sheet, CurrentUser user, CancellationToken ct)
    {
        var codes = rows.Where(r => r.Code is not null).Select(r => r.Code!).Distinct().ToList();
        var names = rows.Select(r => r.NormalizedName).Distinct().ToList();
        var candidates = await db.Projects.Where(p => (p.Code != null && codes.Contains(p.Code)) || names.Contains(p.NormalizedName)).ToListAsync(ct);
        var ids = candidates.Select(p => p.Id).ToList();
        var plannedLater = (await db.PlanEntries.Where(e => e.Year > year && ids.Contains(e.ProjectId)).Select(e => e.ProjectId).Distinct().ToListAsync(ct)).ToHashSet();
        var byCode = candidates.Where(p => p.Code is not null).ToDictionary(p => p.Code!);
        var byName = candidates.ToLookup(p => p.NormalizedName);
        foreach (var row in rows.ToList())
        {
            var problem = Match(row, byCode, byName, plannedLater, user);
            if (problem is not null)
            {
                sheet.Problems.Add(sheet.Problem(problem.Row, problem.Column, problem.Value, problem.Message));
                rows.Remove(row);
            }
        }
    }

    private static ImportProblem? Match(
        PlanImportRow row, Dictionary<string, Project> byCode, ILookup<string, Project> byName, HashSet<Guid> plannedLater, CurrentUser user)
    {
        ImportProblem Problem(string column, string? value, string message) => new(row.Row, column, value, message);

        if (row.Code is null || !byCode.TryGetValue(row.Code, out var project))
        {
            var similar = byName[row.NormalizedName].ToList();
            if (similar.Count > 1)
            {
                return Problem(PlanSheet.Name, row.Name, $"项目库中有 {similar.Count} 个名称相近的项目（{string.Join("、", similar.Select(p => p.Name))}），请填写项目代码以区分");
            }

            project = similar.SingleOrDefault();
            if (project?.Code is { } libraryCode && row.Code is not null)
            {
                return Problem(PlanSheet.Code, row.Code, $"项目库中名称相同的项目「{project.Name}」的代码为 {libraryCode}，与本行不一致");
            }
        }

        if (project is null)
        {
            return null;
        }

        if (user.ScopedDepartmentId is { } own && project.ResponsibleDepartmentId != own && project.TownId != own)
        {
            return Problem(PlanSheet.Name, row.Name, "该项目不属于本部门或本乡镇，无权导入");
        }

        if (new ProjectCanEnterPlanRule(project.ReviewStatus, project.State) is { } plannable && plannable.IsBroken())
        {
            return Problem(PlanSheet.Name, row.Name, plannable.Message);
        }

        var current = project.Details;
        var details = plannedLater.Contains(project.Id) ? current : current with
        {
            Name = row.Name,
            Code = row.Code ?? current.Code,
            SectorCode = row.SectorCode,
            TownId = row.TownId ?? current.TownId,
            Scope = row.Scope ?? current.Scope,
            TotalInvestment = row.TotalInvestment,
            ResponsibleDepartmentId = row.ResponsibleDepartmentId,
            ProjectUnit = row.ProjectUnit ?? current.ProjectUnit,
            PlannedStart = row.Type != ConstructionType.Continuing && row.Entry.PlannedStartMonth is { } start ? start : current.PlannedStart,
            PlannedCompletion = row.Entry.PlannedCompletionMonth ?? current.PlannedCompletion,
        };
        if (details != current)
        {
            if (new ProjectUnderReviewCannotBeEditedRule(project.ReviewStatus) is { } review && review.IsBroken())
            {
                return Problem(PlanSheet.Name, row.Name, review.Message);
            }

            if (new FundingCannotExceedTotalInvestmentRule(details.TotalInvestment, details.FundingSources) is { } funding && funding.IsBroken())
            {
                return Problem(PlanSheet.TotalInvestment, (row.TotalInvestment / SheetCell.YuanPer10k).ToString(CultureInfo.InvariantCulture), funding.Message);
            }

            if (new CompletionCannotPrecedeStartRule(details.PlannedStart, details.PlannedCompletion) is { } dates && dates.IsBroken())
            {
                return Problem(PlanSheet.PlannedCompletion, details.PlannedCompletion?.ToString("yyyy-MM", CultureInfo.InvariantCulture), dates.Message);
            }
        }

        row.Project = project;
        row.ProjectDetails = details;
        return null;
    }

    /// <summary>
    /// A project the plan enters directly: government-invested (审批制) unless the unit changes it, accepted, and as mature
    /// as its type says; without a 项目单位 the responsible department stands for it.
    /// </summary>
    private static ProjectDetails NewProjectDetails(PlanImportRow row, string projectUnit) => new(
        row.Name, row.Code, InvestmentRegime.Approval, row.SectorCode, row.TownId, row.ResponsibleDepartmentId, projectUnit, row.Scope,
        row.TotalInvestment, [], row.Type == ConstructionType.Continuing ? null : row.Entry.PlannedStartMonth, row.Entry.PlannedCompletionMonth,
        row.Type == ConstructionType.ToStart ? ProjectMaturity.Preliminary : ProjectMaturity.Mature, null);
}
