using System.Net;
using InvestmentPipeline.Scheduling.Features.Escalation;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Scheduling.Tests;

public sealed record InspectedProjectRow(Guid ProjectId, string ProjectName);

public sealed record InspectionRow(
    Guid Id, string Kind, DateOnly Date, int Year, string Inspectors, string Findings, List<InspectedProjectRow> Projects, int ItemCount, int OpenItems,
    int OverdueItems, Guid ConcurrencyStamp);

public sealed record RectificationRow(
    Guid Id, Guid InspectionId, string ProjectName, string Description, string ResponsibleDepartmentName, DateOnly Deadline, string Status, bool Overdue,
    string EscalationLevel, string? Report, string? VerificationComment, int FailedVerifications, Guid ConcurrencyStamp);

public sealed record RectificationEventRow(string Kind, string Status, string EscalationLevel, string Text, string? By);

public sealed record RectificationDetailRow(RectificationRow Item, List<RectificationEventRow> Events);

public sealed record InspectionDetailRow(InspectionRow Inspection, List<RectificationDetailRow> Items);

/// <summary>
/// 督查 over HTTP: the inspectors record a visit with 限期整改 items, each department sees and reports its own items, and
/// the follow-up check closes them or sends them back with a new deadline; late items are escalated by the nightly job.
/// </summary>
public abstract class InspectionTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private DateOnly Today => DateOnly.FromDateTime(app.Time.GetUtcNow().AddHours(8).DateTime);

    private async Task<(InspectionDetailRow Inspection, string Name)> VisitAsync(ApiSession fgw, ApiSession inspectors, int year, DateOnly deadline)
    {
        var name = ProgressFixtures.UniqueName("督查");
        var road = await ProgressFixtures.PlanProjectAsync(fgw, year, name + "道路");
        var park = await ProgressFixtures.PlanProjectAsync(fgw, year, name + "公园", department: "WAT");
        var inspection = await (await inspectors.PostAsync("/api/scheduling/inspections", new
        {
            kind = "Site",
            date = new DateOnly(year, 5, 20),
            inspectors = "督查室 张某、李某",
            findings = $"{name}道路现场无施工准备；{name}公园围挡破损",
            projectIds = new[] { road, park },
            items = new object[]
            {
                new { projectId = road, description = "制定征收倒排计划并报督查室", responsibleDepartmentId = await TestUsers.DepartmentIdAsync(fgw, "UCI"), deadline },
                new { projectId = park, description = "修复围挡，落实扬尘防治措施", responsibleDepartmentId = await TestUsers.DepartmentIdAsync(fgw, "WAT"), deadline },
            },
        })).ReadJsonAsync<InspectionDetailRow>(HttpStatusCode.Created);
        return (inspection, name);
    }

    private static Task<HttpResponseMessage> ActAsync(ApiSession session, Guid id, string action, object body) =>
        session.PostAsync($"/api/scheduling/inspections/rectifications/{id}/{action}", body);

    [Fact]
    public async Task A_department_rectifies_its_item_and_the_follow_up_check_sends_it_back_then_closes_it()
    {
        const int year = 2035;
        using var fgw = await app.SignInAsync("fgw");
        using var inspectors = await app.SignInAsync("dcs");
        using var unit = await app.SignInAsync("cjtz");
        var (visit, name) = await VisitAsync(fgw, inspectors, year, Today.AddDays(10));
        var own = visit.Items.Single(i => i.Item.ResponsibleDepartmentName == "区城市建设投资有限公司").Item;
        var others = visit.Items.Single(i => i.Item.ResponsibleDepartmentName == "区水务局").Item;

        var todo = await unit.GetJsonAsync<Page<RectificationRow>>($"/api/scheduling/inspections/rectifications?year={year}&status=Open&search={name}");
        var listed = await unit.GetJsonAsync<Page<InspectionRow>>($"/api/scheduling/inspections?year={year}&search={name}");
        var notTheirs = await ActAsync(unit, others.Id, "rectify", new { report = "已修复围挡", concurrencyStamp = others.ConcurrencyStamp });
        var byInspectors = await ActAsync(inspectors, own.Id, "rectify", new { report = "已制定计划", concurrencyStamp = own.ConcurrencyStamp });
        var rectified = await (await ActAsync(unit, own.Id, "rectify", new { report = "已制定征收倒排计划并报送", concurrencyStamp = own.ConcurrencyStamp }))
            .ReadJsonAsync<RectificationRow>(HttpStatusCode.OK);
        var verifiedByUnit = await ActAsync(unit, own.Id, "verify", new { passed = true, concurrencyStamp = rectified.ConcurrencyStamp });
        var withoutDeadline = await ActAsync(inspectors, own.Id, "verify", new { passed = false, comment = "计划未明确到户", concurrencyStamp = rectified.ConcurrencyStamp });
        var stale = await ActAsync(inspectors, own.Id, "verify", new { passed = true, concurrencyStamp = own.ConcurrencyStamp });
        var failed = await (await ActAsync(inspectors, own.Id, "verify",
            new { passed = false, comment = "计划未明确到户", newDeadline = Today.AddDays(20), concurrencyStamp = rectified.ConcurrencyStamp })).ReadJsonAsync<RectificationRow>(HttpStatusCode.OK);
        var again = await (await ActAsync(unit, own.Id, "rectify", new { report = "已明确每户完成时限", concurrencyStamp = failed.ConcurrencyStamp }))
            .ReadJsonAsync<RectificationRow>(HttpStatusCode.OK);
        var passed = await (await ActAsync(inspectors, own.Id, "verify", new { passed = true, comment = "符合要求", concurrencyStamp = again.ConcurrencyStamp }))
            .ReadJsonAsync<RectificationRow>(HttpStatusCode.OK);
        var detail = await inspectors.GetJsonAsync<InspectionDetailRow>($"/api/scheduling/inspections/{visit.Inspection.Id}");
        var unitsDetail = await unit.GetJsonAsync<InspectionDetailRow>($"/api/scheduling/inspections/{visit.Inspection.Id}");

        visit.Inspection.ShouldBe(visit.Inspection with { Kind = "Site", Year = year, ItemCount = 2, OpenItems = 2, OverdueItems = 0 });
        visit.Inspection.Projects.Count.ShouldBe(2);
        todo.Items.Single().Id.ShouldBe(own.Id);
        listed.Items.Single().ItemCount.ShouldBe(1);
        notTheirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        byInspectors.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        rectified.Status.ShouldBe("Rectified");
        verifiedByUnit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await withoutDeadline.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["newDeadline"]);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        failed.ShouldBe(failed with { Status = "Open", Deadline = Today.AddDays(20), FailedVerifications = 1, VerificationComment = "计划未明确到户" });
        passed.Status.ShouldBe("Closed");
        detail.Inspection.OpenItems.ShouldBe(1);
        detail.Items.Single(i => i.Item.Id == own.Id).Events.Select(e => e.Kind).ShouldBe(
            ["Assigned", "Rectified", "VerificationFailed", "Rectified", "VerificationPassed"]);
        unitsDetail.Items.Single().Item.Id.ShouldBe(own.Id);
    }

    [Fact]
    public async Task Bad_items_are_refused_with_their_fields_named()
    {
        using var inspectors = await app.SignInAsync("dcs");
        using var unit = await app.SignInAsync("cjtz");

        var empty = await inspectors.PostAsync("/api/scheduling/inspections", new { });
        var badItem = await inspectors.PostAsync("/api/scheduling/inspections", new
        {
            kind = "Milestone", date = "2036-05-01", inspectors = "督查室", findings = "节点滞后", projectIds = new[] { Guid.NewGuid() },
            items = new[] { new { projectId = (Guid?)null, description = "", responsibleDepartmentId = (Guid?)null, deadline = (DateOnly?)null } },
        });
        var byUnit = await unit.PostAsync("/api/scheduling/inspections", new { });

        (await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.Order().ShouldBe(["date", "findings", "inspectors", "kind", "projectIds"]);
        (await badItem.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.Order().ShouldBe(
            ["items[0].deadline", "items[0].description", "items[0].projectId", "items[0].responsibleDepartmentId"]);
        byUnit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_item_still_open_past_its_deadline_is_escalated_once_per_level()
    {
        const int year = 2037;
        Guid itemId;
        Guid inspectionId;
        using (var fgw = await app.SignInAsync("fgw"))
        using (var inspectors = await app.SignInAsync("dcs"))
        {
            var (visit, _) = await VisitAsync(fgw, inspectors, year, Today.AddDays(1));
            inspectionId = visit.Inspection.Id;
            itemId = visit.Items.Single(i => i.Item.ResponsibleDepartmentName == "区水务局").Item.Id;
        }

        app.Time.Advance(TimeSpan.FromDays(20));
        await app.InScopeAsync(sp => sp.GetRequiredService<OverdueEscalationJob>().RunAsync(CancellationToken.None));
        await app.InScopeAsync(sp => sp.GetRequiredService<OverdueEscalationJob>().RunAsync(CancellationToken.None));
        using var leader = await app.SignInAsync("qld");
        var detail = await leader.GetJsonAsync<InspectionDetailRow>($"/api/scheduling/inspections/{inspectionId}");
        var overdue = await leader.GetJsonAsync<Page<RectificationRow>>($"/api/scheduling/inspections/rectifications?year={year}&overdue=true");
        var export = await leader.GetAsync($"/api/scheduling/inspections/export?year={year}");

        var item = detail.Items.Single(i => i.Item.Id == itemId);
        item.Item.ShouldBe(item.Item with { Overdue = true, EscalationLevel = "DistrictLeaders" });
        item.Events.Select(e => (e.Kind, e.EscalationLevel)).ShouldBe([("Assigned", "None"), ("Escalated", "KeyProjectsOffice"), ("Escalated", "DistrictLeaders")]);
        detail.Inspection.OverdueItems.ShouldBe(2);
        overdue.TotalCount.ShouldBe(2);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}

public sealed class InspectionTestsOnSqlite(SqliteApp app) : InspectionTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class InspectionTestsOnPostgres(PostgresApp app) : InspectionTests<PostgresApp>(app);
