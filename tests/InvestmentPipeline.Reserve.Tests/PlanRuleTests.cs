using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Reserve.Tests;

public sealed class PlanRuleTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static PlanEntryDetails Entry(ConstructionType type = ConstructionType.New, decimal planned = 1_000_000m, string? start = "2026-04-01", string? completion = "2027-10-01") => new(
        type, planned, start is null ? null : DateOnly.Parse(start), completion is null ? null : DateOnly.Parse(completion),
        "王副区长", "张三", "0972-8612345", "专项债;区财政", 1);

    private static PlanYearValues Year(decimal total) => new("MUNICIPAL", null, Guid.NewGuid(), "区住房和城乡建设局", total);

    [Fact]
    public void The_schedule_is_worked_backwards_from_the_deadline_of_the_last_milestone()
    {
        var all = MilestoneSchedule.Propose([MilestoneKind.Completion, MilestoneKind.PreWorkDone, MilestoneKind.Start, MilestoneKind.MainWorksDone], new DateOnly(2027, 10, 31));
        var startOnly = MilestoneSchedule.Propose([MilestoneKind.Start, MilestoneKind.Completion], new DateOnly(2027, 10, 31));

        all.ShouldBe(
        [
            (MilestoneKind.PreWorkDone, new DateOnly(2027, 10, 31).AddDays(-330)),
            (MilestoneKind.Start, new DateOnly(2027, 10, 31).AddDays(-300)),
            (MilestoneKind.MainWorksDone, new DateOnly(2027, 10, 31).AddDays(-60)),
            (MilestoneKind.Completion, new DateOnly(2027, 10, 31)),
        ]);
        startOnly.ShouldBe([(MilestoneKind.Start, new DateOnly(2027, 10, 31).AddDays(-300)), (MilestoneKind.Completion, new DateOnly(2027, 10, 31))]);
    }

    [Fact]
    public void New_and_to_start_projects_need_a_start_month_in_the_plan_year_and_continuing_ones_do_not()
    {
        Should.Throw<BusinessRuleValidationException>(() => PlanEntry.Add(2026, Guid.NewGuid(), Year(5_000_000m), Entry(ConstructionType.ToStart, start: null), DateTime.UtcNow))
            .Code.ShouldBe("Reserve.StartMonthRequired");
        Should.Throw<BusinessRuleValidationException>(() => PlanEntry.Add(2026, Guid.NewGuid(), Year(5_000_000m), Entry(start: "2027-02-01"), DateTime.UtcNow))
            .Code.ShouldBe("Reserve.StartOutsidePlanYear");
        PlanEntry.Add(2026, Guid.NewGuid(), Year(5_000_000m), Entry(ConstructionType.Continuing, start: null), DateTime.UtcNow).PlannedStartMonth.ShouldBeNull();
    }

    [Fact]
    public void The_year_cannot_plan_more_than_the_project_costs_nor_finish_before_it_starts()
    {
        Should.Throw<BusinessRuleValidationException>(() => PlanEntry.Add(2026, Guid.NewGuid(), Year(999_999m), Entry(planned: 1_000_000m), DateTime.UtcNow))
            .Code.ShouldBe("Reserve.PlannedExceedsTotal");
        Should.Throw<BusinessRuleValidationException>(() => PlanEntry.Add(2026, Guid.NewGuid(), Year(5_000_000m), Entry(completion: "2026-03-01"), DateTime.UtcNow))
            .Code.ShouldBe("Reserve.CompletionBeforeStart");
    }

    [Fact]
    public void Milestones_keep_their_order_and_a_reached_one_is_never_dated_in_the_future()
    {
        var entry = PlanEntry.Add(2026, Guid.NewGuid(), Year(5_000_000m), Entry(), DateTime.UtcNow);

        Should.Throw<BusinessRuleValidationException>(() => entry.ScheduleMilestones(
            [new(MilestoneKind.Start, new DateOnly(2026, 5, 1), null, null), new(MilestoneKind.PreWorkDone, new DateOnly(2026, 5, 2), null, null)], Today))
            .Code.ShouldBe("Reserve.MilestoneOrder");
        Should.Throw<BusinessRuleValidationException>(() => entry.ScheduleMilestones(
            [new(MilestoneKind.Start, new DateOnly(2026, 5, 1), null, null), new(MilestoneKind.Start, new DateOnly(2026, 6, 1), null, null)], Today))
            .Code.ShouldBe("Reserve.MilestoneOrder");
        Should.Throw<BusinessRuleValidationException>(() => entry.ScheduleMilestones(
            [new(MilestoneKind.Start, new DateOnly(2026, 5, 1), null, Today.AddDays(1))], Today))
            .Code.ShouldBe("Reserve.MilestoneInFuture");
    }

    [Fact]
    public void A_milestone_is_late_when_its_date_passed_unreached_or_it_was_reached_after_it()
    {
        new PlanMilestone(MilestoneKind.Start, Today.AddDays(-1), null, null).IsLate(Today).ShouldBeTrue();
        new PlanMilestone(MilestoneKind.Start, Today, null, null).IsLate(Today).ShouldBeFalse();
        new PlanMilestone(MilestoneKind.Start, Today.AddDays(-10), null, Today.AddDays(-9)).IsLate(Today).ShouldBeTrue();
        new PlanMilestone(MilestoneKind.Start, Today.AddDays(-10), null, Today.AddDays(-10)).IsLate(Today).ShouldBeFalse();
    }

    [Fact]
    public void Targets_are_one_per_kind_within_the_year_and_in_range()
    {
        var plan = AnnualPlan.Open(2026);

        Should.Throw<BusinessRuleValidationException>(() => plan.SetTargets([new(PlanTargetKind.NewStarted, 6, 80), new(PlanTargetKind.NewStarted, 9, 100)])).Code.ShouldBe("Reserve.DuplicateTarget");
        Should.Throw<BusinessRuleValidationException>(() => plan.SetTargets([new(PlanTargetKind.NewStarted, 13, 80)])).Code.ShouldBe("Reserve.TargetOutOfRange");
        Should.Throw<BusinessRuleValidationException>(() => plan.SetTargets([new(PlanTargetKind.ContinuingResumed, 3, 101)])).Code.ShouldBe("Reserve.TargetOutOfRange");
        Should.Throw<BusinessRuleValidationException>(() => plan.SetTargets([new(PlanTargetKind.AnnualInvestment, 12, 0)])).Code.ShouldBe("Reserve.TargetOutOfRange");
        plan.SetTargets([new(PlanTargetKind.AnnualInvestment, 12, 1_200_000_000m), new(PlanTargetKind.ContinuingResumed, 3, 100)]);
        plan.Targets.Select(t => t.Kind).ShouldBe([PlanTargetKind.ContinuingResumed, PlanTargetKind.AnnualInvestment]);
    }

    [Fact]
    public void Only_accepted_projects_still_to_be_finished_enter_a_plan()
    {
        new ProjectCanEnterPlanRule(ReviewStatus.Accepted, ProjectState.UnderConstruction).IsBroken().ShouldBeFalse();
        new ProjectCanEnterPlanRule(ReviewStatus.Submitted, ProjectState.Reserve).IsBroken().ShouldBeTrue();
        new ProjectCanEnterPlanRule(ReviewStatus.Accepted, ProjectState.Completed).IsBroken().ShouldBeTrue();
        new ProjectCanEnterPlanRule(ReviewStatus.Accepted, ProjectState.Terminated).Message.ShouldContain("终止");
    }

    [Fact]
    public void A_master_change_reaches_only_the_year_values_it_changes_and_never_below_the_years_plan()
    {
        var (department, other) = (Guid.NewGuid(), Guid.NewGuid());
        var master = new ProjectDetails(
            "乐都路", null, InvestmentRegime.Approval, "MUNICIPAL", null, department, "区城投公司", null, 5_000_000m, [], null, null, ProjectMaturity.Mature, null);
        var entry = PlanEntry.Add(2026, Guid.NewGuid(), new PlanYearValues("MUNICIPAL", null, department, "本年项目单位", 4_000_000m), Entry(), DateTime.UtcNow);
        var stamp = entry.ConcurrencyStamp;

        entry.FollowMaster(master, master with { Scope = "道路改造" });
        var unchangedStamp = entry.ConcurrencyStamp;
        entry.FollowMaster(master, master with { ResponsibleDepartmentId = other, TotalInvestment = 6_000_000m });

        unchangedStamp.ShouldBe(stamp);
        entry.YearValues.ShouldBe(new PlanYearValues("MUNICIPAL", null, other, "本年项目单位", 6_000_000m));
        Should.Throw<BusinessRuleValidationException>(() => entry.FollowMaster(master, master with { TotalInvestment = 999_999m }))
            .Code.ShouldBe("Reserve.PlannedExceedsTotal");
    }
}
