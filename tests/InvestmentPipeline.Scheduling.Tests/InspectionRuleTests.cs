using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.Scheduling.Domain.Inspections;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Scheduling.Tests;

/// <summary>An inspection's rectification items: reported by the responsible department, checked by the inspectors, escalated when late.</summary>
public sealed class InspectionRuleTests
{
    private static readonly DateOnly Today = new(2025, 6, 10);
    private static readonly DateTime Now = new(2025, 6, 10, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DepartmentRef Uci = new(Guid.NewGuid(), "区城市建设投资有限公司");
    private static readonly ProjectRef Parking = new(Guid.NewGuid(), "古驿大道停车场", Uci.Id, null);
    private static readonly Actor Inspectors = new("督查室", Guid.NewGuid(), Reports: false, Manages: false, Inspects: true);
    private static readonly Actor Unit = new("城投公司", Uci.Id, Reports: true, Manages: false, Inspects: false);

    private static Inspection Visit() => Inspection.Record(InspectionKind.Site, Today, "督查室", "围挡破损", [Parking], Inspectors, Now);

    private static RectificationItem Item(DateOnly? deadline = null) =>
        Visit().AddItem(Parking.ProjectId, "修复围挡", Uci, deadline ?? Today.AddDays(10), Inspectors, Today, Now);

    private static string BrokenRule(Action action) => Should.Throw<BusinessRuleValidationException>(action).Code;

    [Fact]
    public void Only_inspectors_inspect_and_items_are_on_inspected_projects()
    {
        BrokenRule(() => Inspection.Record(InspectionKind.Site, Today, "城投", "无", [Parking], Unit, Now)).ShouldBe("Scheduling.InspectionByInspectors");
        BrokenRule(() => Inspection.Record(InspectionKind.Site, Today, "督查室", "无", [], Inspectors, Now)).ShouldBe("Scheduling.InspectionWithoutProjects");
        BrokenRule(() => Visit().AddItem(Guid.NewGuid(), "整改", Uci, Today, Inspectors, Today, Now)).ShouldBe("Scheduling.RectificationProjectNotInspected");
        BrokenRule(() => Visit().AddItem(Parking.ProjectId, "整改", Uci, Today.AddDays(-1), Inspectors, Today, Now)).ShouldBe("Scheduling.DeadlineInPast");
    }

    [Fact]
    public void The_responsible_department_reports_and_a_failed_check_sends_the_item_back_with_a_new_deadline()
    {
        var item = Item();

        BrokenRule(() => item.Verify(true, null, null, Inspectors, Today, Now)).ShouldBe("Scheduling.RectificationTransition");
        BrokenRule(() => item.Rectify("已修复", Unit with { DepartmentId = Guid.NewGuid() }, Now)).ShouldBe("Scheduling.RectificationNotYours");
        BrokenRule(() => item.Rectify(" ", Unit, Now)).ShouldBe("Scheduling.RectificationReportMissing");
        item.Rectify("围挡已修复", Unit, Now);
        BrokenRule(() => item.Verify(false, "仍有破损", Today.AddDays(5), Unit, Today, Now)).ShouldBe("Scheduling.InspectionByInspectors");
        BrokenRule(() => item.Verify(false, "仍有破损", null, Inspectors, Today, Now)).ShouldBe("Scheduling.RectificationNewDeadline");
        BrokenRule(() => item.Verify(false, "仍有破损", Today, Inspectors, Today, Now)).ShouldBe("Scheduling.RectificationNewDeadline");
        item.Verify(false, "东侧围挡仍有破损", Today.AddDays(5), Inspectors, Today, Now);

        item.Status.ShouldBe(RectificationStatus.Open);
        item.Deadline.ShouldBe(Today.AddDays(5));
        item.FailedVerifications.ShouldBe(1);
        item.Events[^1].Text.ShouldBe("复查未通过，限2025-06-15前重新整改：东侧围挡仍有破损");

        item.Rectify("已全部修复", Unit, Now);
        item.Verify(true, "符合要求", null, Inspectors, Today, Now);
        item.Status.ShouldBe(RectificationStatus.Closed);
        item.Events.Select(e => e.Kind).ShouldBe([
            RectificationEventKind.Assigned, RectificationEventKind.Rectified, RectificationEventKind.VerificationFailed,
            RectificationEventKind.Rectified, RectificationEventKind.VerificationPassed]);
    }

    [Fact]
    public void An_open_item_past_its_deadline_is_escalated_once_per_level_and_a_new_deadline_starts_afresh()
    {
        var item = Item(Today);

        item.Escalate(Today.AddDays(1), Now).ShouldBe(1);
        item.Escalate(Today.AddDays(1), Now).ShouldBe(0);
        item.Escalate(Today.AddDays(16), Now).ShouldBe(1);
        item.Escalate(Today.AddDays(17), Now).ShouldBe(0);
        item.EscalationLevel.ShouldBe(EscalationLevel.DistrictLeaders);

        var later = Today.AddDays(17);
        item.Rectify("已修复", Unit, Now);
        item.Escalate(later.AddDays(1), Now).ShouldBe(0); // reported: waiting for the check, not late
        item.Verify(false, "未修复", later.AddDays(3), Inspectors, later, Now);
        item.EscalationLevel.ShouldBe(EscalationLevel.None);
        item.Escalate(later.AddDays(4), Now).ShouldBe(1);
        item.Events.Count(e => e.Kind == RectificationEventKind.Escalated).ShouldBe(3);
    }
}
