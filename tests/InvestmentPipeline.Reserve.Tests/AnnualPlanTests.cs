using System.Net;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Reserve.Tests;

public sealed record MilestoneRow(string Kind, DateOnly PlannedDate, DateOnly? ProposedDate, DateOnly? ActualDate, bool IsLate);

public sealed record PlanEntryRow(
    Guid Id, int Year, ProjectRow Project, string Type, decimal PlannedInvestment, DateOnly? PlannedStartMonth, DateOnly? PlannedCompletionMonth,
    string? Leader, string? ResponsiblePerson, string? Phone, string? FundingNote, int? SerialNo, List<MilestoneRow> Milestones,
    Guid ConcurrencyStamp, string SectorCode, string? SectorName, Guid? TownId, string? TownName, Guid ResponsibleDepartmentId,
    string? ResponsibleDepartmentName, string ProjectUnit, decimal TotalInvestment);

public sealed record PlanTargetRow(string Kind, int Month, decimal Value);

public sealed record TypeSummaryRow(string Type, int Count, decimal PlannedInvestment);

public sealed record AnnualPlanRow(
    int Year, List<PlanTargetRow> Targets, Guid? ConcurrencyStamp, int EntryCount, decimal PlannedInvestment, decimal TotalInvestment,
    List<TypeSummaryRow> ByType, int EntriesWithLateMilestones);

public abstract class AnnualPlanTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task The_demo_plan_of_this_year_lists_the_speech_projects_with_targets_and_the_lagging_ones_late()
    {
        using var leader = await app.SignInAsync("qld");
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().AddHours(8).DateTime);

        var plan = await leader.GetJsonAsync<AnnualPlanRow>($"/api/reserve/plans/{today.Year}");
        var entries = await leader.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{today.Year}/entries?pageSize=100");

        plan.Targets.Select(t => t.Kind).ShouldBe(["ContinuingResumed", "NewStarted", "ToStartStarted", "AnnualInvestment"]);
        plan.EntryCount.ShouldBe(entries.TotalCount);
        entries.Items.Select(e => e.Project.Name).ShouldContain("新平大道东延段");
        entries.Items.Where(e => e.Type == "Continuing").ShouldAllBe(e => e.Project.State == "UnderConstruction");
        entries.Items.Select(e => e.SerialNo).ShouldBe(Enumerable.Range(1, entries.TotalCount).Select(i => (int?)i));
        plan.ByType.Sum(t => t.Count).ShouldBe(plan.EntryCount);
        plan.EntriesWithLateMilestones.ShouldBe(today > new DateOnly(today.Year, 6, 30) ? 6 : 0);
    }

    [Fact]
    public async Task The_commission_sets_the_years_targets_and_a_stale_or_implausible_edit_is_refused()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        object Targets(Guid? stamp, int month = 3) => new
        {
            targets = new object[] { new { kind = "ContinuingResumed", month, value = 100m }, new { kind = "AnnualInvestment", month = 12, value = 1_200_000_000m } },
            concurrencyStamp = stamp,
        };

        var saved = await (await fgw.PutAsync("/api/reserve/plans/2040/targets", Targets(null))).ReadJsonAsync<AnnualPlanRow>(HttpStatusCode.OK);
        var stale = await (await fgw.PutAsync("/api/reserve/plans/2040/targets", Targets(null))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var implausible = await (await fgw.PutAsync("/api/reserve/plans/2040/targets", Targets(saved.ConcurrencyStamp, month: 13))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var forbidden = await unit.PutAsync("/api/reserve/plans/2040/targets", Targets(saved.ConcurrencyStamp));
        var read = await unit.GetJsonAsync<AnnualPlanRow>("/api/reserve/plans/2040");

        saved.Targets.ShouldBe([new PlanTargetRow("ContinuingResumed", 3, 100m), new PlanTargetRow("AnnualInvestment", 12, 1_200_000_000m)]);
        stale.Detail!.ShouldContain("已被他人修改");
        implausible.Code.ShouldBe("Reserve.TargetOutOfRange");
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        read.Targets.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Library_projects_enter_the_plan_once_and_only_when_accepted()
    {
        using var fgw = await app.SignInAsync("fgw");
        const int year = 2041;
        var accepted = (await fgw.GetJsonAsync<Page<ProjectRow>>("/api/reserve/projects?search=驿州湿地")).Items.Single();
        var draft = await (await fgw.PostAsync("/api/reserve/projects", await ProjectForms.FormAsync(fgw, ProjectForms.UniqueName("草稿路")))).ReadJsonAsync<ProjectRow>(HttpStatusCode.Created);
        object Entry(Guid projectId) => new { projectId, type = "Continuing", plannedInvestment = 20_000_000m, leader = "李副区长", phone = "0972-8600000" };

        var added = await (await fgw.PostAsync($"/api/reserve/plans/{year}/entries", Entry(accepted.Id))).ReadJsonAsync<PlanEntryRow>(HttpStatusCode.Created);
        var twice = await (await fgw.PostAsync($"/api/reserve/plans/{year}/entries", Entry(accepted.Id))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var notAccepted = await (await fgw.PostAsync($"/api/reserve/plans/{year}/entries", Entry(draft.Id))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var both = await (await fgw.PostAsync($"/api/reserve/plans/{year}/entries", new
        {
            projectId = accepted.Id, type = "New", plannedInvestment = 1m, plannedStartMonth = $"{year}-03-01",
            newProject = await ProjectForms.FormAsync(fgw, ProjectForms.UniqueName("又一个")),
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        added.Type.ShouldBe("Continuing");
        (added.SectorCode, added.TownName, added.ResponsibleDepartmentName, added.ProjectUnit, added.TotalInvestment)
            .ShouldBe((accepted.SectorCode, accepted.TownName, accepted.ResponsibleDepartmentName, accepted.ProjectUnit, accepted.TotalInvestment));
        added.Project.Id.ShouldBe(accepted.Id);
        twice.Detail!.ShouldContain($"{year} 年计划");
        notAccepted.Code.ShouldBe("Reserve.NotPlannable");
        both.Errors!.Keys.ShouldContain("projectId");
    }

    [Fact]
    public async Task A_project_entered_directly_is_accepted_and_its_entry_is_edited_with_its_rules_and_removed()
    {
        using var fgw = await app.SignInAsync("fgw");
        const int year = 2042;
        var name = ProjectForms.UniqueName("直接录入");
        var added = await (await fgw.PostAsync($"/api/reserve/plans/{year}/entries", new
        {
            type = "New", plannedInvestment = 4_000_000m, plannedStartMonth = $"{year}-05-20",
            newProject = await ProjectForms.FormAsync(fgw, name),
        })).ReadJsonAsync<PlanEntryRow>(HttpStatusCode.Created);
        object Change(Guid stamp, decimal planned) => new { type = "New", plannedInvestment = planned, plannedStartMonth = $"{year}-06-01", concurrencyStamp = stamp };
        var (education, town, otherTown) = (await TestUsers.DepartmentIdAsync(fgw, "EDU"), await TestUsers.DepartmentIdAsync(fgw, "TOWN01"), await TestUsers.DepartmentIdAsync(fgw, "TOWN03"));
        object Year(Guid stamp, string sector, Guid? townId, Guid department, decimal total) => new
        {
            type = "New", plannedInvestment = 5_000_000m, plannedStartMonth = $"{year}-06-01", concurrencyStamp = stamp,
            sectorCode = sector, townId, responsibleDepartmentId = department, projectUnit = " 区第一中学 ", totalInvestment = total,
        };

        var tooMuch = await (await fgw.PutAsync($"/api/reserve/plans/{year}/entries/{added.Id}", Change(added.ConcurrencyStamp, 10_000_000.01m))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var changed = await (await fgw.PutAsync($"/api/reserve/plans/{year}/entries/{added.Id}", Change(added.ConcurrencyStamp, 5_000_000m))).ReadJsonAsync<PlanEntryRow>(HttpStatusCode.OK);
        var stale = await (await fgw.PutAsync($"/api/reserve/plans/{year}/entries/{added.Id}", Change(added.ConcurrencyStamp, 6_000_000m))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var badYear = await (await fgw.PutAsync($"/api/reserve/plans/{year}/entries/{added.Id}", Year(changed.ConcurrencyStamp, "SPACE", education, otherTown, 8_000_000m)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var partial = await (await fgw.PutAsync($"/api/reserve/plans/{year}/entries/{added.Id}", new
        {
            type = "New", plannedInvestment = 5_000_000m, plannedStartMonth = $"{year}-06-01", concurrencyStamp = changed.ConcurrencyStamp, projectUnit = "区第一中学",
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var belowPlanned = await (await fgw.PutAsync($"/api/reserve/plans/{year}/entries/{added.Id}", Year(changed.ConcurrencyStamp, "EDUCATION", town, education, 4_000_000m)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var reclassified = await (await fgw.PutAsync($"/api/reserve/plans/{year}/entries/{added.Id}", Year(changed.ConcurrencyStamp, "EDUCATION", town, education, 8_000_000m)))
            .ReadJsonAsync<PlanEntryRow>(HttpStatusCode.OK);
        changed = reclassified;
        var removed = await fgw.DeleteAsync($"/api/reserve/plans/{year}/entries/{added.Id}?concurrencyStamp={changed.ConcurrencyStamp}");
        var after = await fgw.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{year}/entries");
        var project = await fgw.GetJsonAsync<ProjectRow>($"/api/reserve/projects/{added.Project.Id}");

        added.Project.ReviewStatus.ShouldBe("Accepted");
        added.Project.State.ShouldBe("PreConstruction");
        added.PlannedStartMonth.ShouldBe(new DateOnly(year, 5, 1));
        (added.ResponsibleDepartmentName, added.ProjectUnit, added.TownName, added.TotalInvestment).ShouldBe(("区住房和城乡建设局", "区城市建设投资有限公司", "小峡镇", 10_000_000m));
        tooMuch.Code.ShouldBe("Reserve.PlannedExceedsTotal");
        changed.PlannedInvestment.ShouldBe(5_000_000m);
        badYear.Errors!.Keys.ShouldBe(["sectorCode", "responsibleDepartmentId", "townId"], ignoreOrder: true);
        partial.Errors!.Keys.ShouldBe(["sectorCode", "responsibleDepartmentId", "totalInvestment"], ignoreOrder: true);
        belowPlanned.Code.ShouldBe("Reserve.PlannedExceedsTotal");
        (reclassified.SectorName, reclassified.TownName, reclassified.ResponsibleDepartmentName, reclassified.ProjectUnit, reclassified.TotalInvestment)
            .ShouldBe(("教育", "平安镇", "区教育局", "区第一中学", 8_000_000m));
        reclassified.Project.TotalInvestment.ShouldBe(10_000_000m);
        stale.Status.ShouldBe(409);
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        after.TotalCount.ShouldBe(0);
        project.Name.ShouldBe(name);
    }

    [Fact]
    public async Task The_unit_adjusts_the_proposed_schedule_of_its_own_project_and_late_milestones_show()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        const int year = 2043;
        var own = await AddAsync(fgw, year, ProjectForms.UniqueName("城投地块"), "UCI");
        var other = await AddAsync(fgw, year, ProjectForms.UniqueName("住建地块"), "HUD");
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().AddHours(8).DateTime);
        var deadline = today.AddDays(400);

        var proposal = await (await unit.PostAsync($"/api/reserve/plans/{year}/entries/{own.Id}/milestones/proposal", new { milestones = new[] { "Start", "PreWorkDone", "Completion" }, deadline }))
            .ReadJsonAsync<List<MilestoneRow>>(HttpStatusCode.OK);
        var backwards = await (await unit.PutAsync($"/api/reserve/plans/{year}/entries/{own.Id}/milestones", new
        {
            milestones = new[] { new { kind = "PreWorkDone", plannedDate = deadline }, new { kind = "Start", plannedDate = today } },
            concurrencyStamp = own.ConcurrencyStamp,
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var saved = await (await unit.PutAsync($"/api/reserve/plans/{year}/entries/{own.Id}/milestones", new
        {
            milestones = new object[]
            {
                new { kind = "PreWorkDone", plannedDate = today.AddDays(-10), proposedDate = proposal[0].PlannedDate },
                new { kind = "Start", plannedDate = proposal[1].PlannedDate, proposedDate = proposal[1].PlannedDate },
                new { kind = "Completion", plannedDate = deadline, proposedDate = deadline },
            },
            concurrencyStamp = own.ConcurrencyStamp,
        })).ReadJsonAsync<PlanEntryRow>(HttpStatusCode.OK);
        var othersSchedule = await unit.PutAsync($"/api/reserve/plans/{year}/entries/{other.Id}/milestones", new { milestones = Array.Empty<object>(), concurrencyStamp = other.ConcurrencyStamp });
        var editEntry = await unit.PutAsync($"/api/reserve/plans/{year}/entries/{own.Id}", new { type = "New", plannedInvestment = 1m, plannedStartMonth = $"{year}-03-01", concurrencyStamp = saved.ConcurrencyStamp });
        var seen = await unit.GetJsonAsync<Page<PlanEntryRow>>($"/api/reserve/plans/{year}/entries?pageSize=100");

        proposal.Select(m => (m.Kind, m.PlannedDate)).ShouldBe([("PreWorkDone", deadline.AddDays(-330)), ("Start", deadline.AddDays(-300)), ("Completion", deadline)]);
        backwards.Code.ShouldBe("Reserve.MilestoneOrder");
        saved.Milestones.Select(m => (m.Kind, m.IsLate)).ShouldBe([("PreWorkDone", true), ("Start", false), ("Completion", false)]);
        othersSchedule.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        editEntry.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        seen.Items.Select(e => e.Id).ShouldBe([own.Id]);
    }

    [Fact]
    public async Task Two_requests_that_add_one_project_to_one_year_at_once_lose_to_the_unique_index_as_a_conflict()
    {
        using var fgw = await app.SignInAsync("fgw");
        var added = await AddAsync(fgw, 2044, ProjectForms.UniqueName("并发"), "HUD");
        var details = new PlanEntryDetails(ConstructionType.New, 1m, new DateOnly(2044, 3, 1), null, null, null, null, null, null);

        var raced = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ReserveDbContext>();
            db.PlanEntries.Add(PlanEntry.Add(2044, added.Project.Id, new PlanYearValues("MUNICIPAL", null, Guid.NewGuid(), "区住建局", added.Project.TotalInvestment), details, DateTime.UtcNow));
            return await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        AppExceptionHandler.IsUniqueViolation(raced).ShouldBeTrue();
        AppExceptionHandler.IsUniqueViolation(new DbUpdateException("other", new InvalidOperationException())).ShouldBeFalse();
    }

    private static async Task<PlanEntryRow> AddAsync(ApiSession fgw, int year, string name, string department) =>
        await (await fgw.PostAsync($"/api/reserve/plans/{year}/entries", new
        {
            type = "New", plannedInvestment = 1_000_000m, plannedStartMonth = $"{year}-03-01",
            newProject = await ProjectForms.FormAsync(fgw, name, department),
        })).ReadJsonAsync<PlanEntryRow>(HttpStatusCode.Created);
}

public sealed class AnnualPlanTestsOnSqlite(SqliteApp app) : AnnualPlanTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class AnnualPlanTestsOnPostgres(PostgresApp app) : AnnualPlanTests<PostgresApp>(app);
