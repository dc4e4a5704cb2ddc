using InvestmentPipeline.Approvals.Domain;
using InvestmentPipeline.Approvals.Domain.Instances;

namespace InvestmentPipeline.Approvals.Tests;

/// <summary>The forecast on a hand-computed DAG, with a holiday on the way.</summary>
public sealed class ForecastTests
{
    // Tuesday 2026-03-10 is off in this calendar
    private static readonly WorkingDays Calendar = new(new Dictionary<DateOnly, bool> { [new DateOnly(2026, 3, 10)] = false });
    private static readonly DateOnly Monday = new(2026, 3, 2);

    [Fact]
    public void The_longest_chain_of_remaining_steps_decides_the_date_and_done_steps_hold_nothing_up()
    {
        // A done; B pending 3 of 10 days (7 left); C waits on A (5); D waits on B and C (4); E waits on C (2)
        // ends in working days from today: B 7, C 5, D max(7, 5) + 4 = 11, E 5 + 2 = 7 → B, D is the critical path
        var result = ApprovalForecast.Compute(
        [
            new ForecastStep("A", [], Done: true, ExpectedDays: 20, ElapsedDays: 0),
            new ForecastStep("B", ["A"], Done: false, ExpectedDays: 10, ElapsedDays: 3),
            new ForecastStep("C", ["A"], Done: false, ExpectedDays: 5, ElapsedDays: 0),
            new ForecastStep("D", ["B", "C"], Done: false, ExpectedDays: 4, ElapsedDays: 0),
            new ForecastStep("E", ["C"], Done: false, ExpectedDays: 2, ElapsedDays: 0),
        ], Calendar, Monday);

        result.CriticalPath.ShouldBe(["B", "D"]);
        result.RemainingDays.ShouldBe(11);
        // 11 working days after Monday 2 March, the 10th off: 3,4,5,6,9,11,12,13,16,17,18
        result.ForecastOn.ShouldBe(new DateOnly(2026, 3, 18));
        result.Steps.Select(s => (s.Code, s.RemainingDays, s.StartOffset, s.EndOffset)).ShouldBe(
            [("A", 0, 0, 0), ("B", 7, 0, 7), ("C", 5, 0, 5), ("D", 4, 7, 11), ("E", 2, 5, 7)]);
        result.Steps.Where(s => s.OnCriticalPath).Select(s => s.Code).ShouldBe(["B", "D"]);
    }

    [Fact]
    public void An_overdue_step_has_nothing_left_equal_chains_go_to_the_earlier_step_and_all_done_is_today()
    {
        var overdue = ApprovalForecast.Compute(
        [
            new ForecastStep("P", [], Done: false, ExpectedDays: 3, ElapsedDays: 5),
            new ForecastStep("Q", ["P"], Done: false, ExpectedDays: 2, ElapsedDays: 0),
            new ForecastStep("R", ["P"], Done: false, ExpectedDays: 2, ElapsedDays: 0),
        ], Calendar, Monday);
        var allDone = ApprovalForecast.Compute([new ForecastStep("P", [], Done: true, ExpectedDays: 3, ElapsedDays: 0)], Calendar, Monday);

        overdue.Steps[0].RemainingDays.ShouldBe(0);
        overdue.CriticalPath.ShouldBe(["P", "Q"]);
        overdue.ForecastOn.ShouldBe(new DateOnly(2026, 3, 4));
        allDone.CriticalPath.ShouldBeEmpty();
        allDone.ForecastOn.ShouldBe(Monday);
    }

    [Fact]
    public void The_median_takes_the_middle_value_or_the_longer_of_the_two_middle_ones()
    {
        ApprovalForecast.Median([9, 3, 5]).ShouldBe(5);
        ApprovalForecast.Median([2, 5]).ShouldBe(4);
        ApprovalForecast.Median([6, 2, 4, 10]).ShouldBe(5);
        ApprovalForecast.Median([4]).ShouldBe(4);
    }
}
