using InvestmentPipeline.Approvals.Domain;
using InvestmentPipeline.Approvals.Domain.Instances;
using InvestmentPipeline.Approvals.Seeding;

namespace InvestmentPipeline.Approvals.Tests;

/// <summary>Working-day arithmetic on the seeded holiday calendar, and a step's clock pausing during 补正.</summary>
public sealed class WorkingDaysTests
{
    private static readonly WorkingDays Calendar = WorkingDays.From(HolidayCalendarSeeder.Days());

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>A Shanghai local time as UTC.</summary>
    private static DateTime At(int m, int d, int hour = 10) => new DateTime(2025, m, d, hour, 0, 0, DateTimeKind.Utc).AddHours(-8);

    [Fact]
    public void Weekends_are_off_holidays_are_off_and_make_up_weekend_days_are_worked()
    {
        Calendar.IsWorkday(D(2025, 3, 14)).ShouldBeTrue();
        Calendar.IsWorkday(D(2025, 3, 15)).ShouldBeFalse();
        Calendar.IsWorkday(D(2025, 10, 1)).ShouldBeFalse();
        Calendar.IsWorkday(D(2025, 10, 11)).ShouldBeTrue(); // 国庆调休 Saturday
        Calendar.IsWorkday(D(2025, 9, 28)).ShouldBeTrue(); // 国庆调休 Sunday
        Calendar.IsWorkday(D(2026, 2, 16)).ShouldBeFalse(); // 春节 Monday
        Calendar.IsWorkday(D(2026, 2, 14)).ShouldBeTrue(); // 春节调休 Saturday
    }

    [Fact]
    public void Counting_across_national_day_takes_the_holiday_week_out_and_the_make_up_days_in()
    {
        // 9/28 (Sun, worked), 9/29, 9/30, [10/1–10/8 off], 10/9, 10/10, 10/11 (Sat, worked), 10/13
        Calendar.Count(D(2025, 9, 26), D(2025, 10, 13)).ShouldBe(7);
        Calendar.Count(D(2025, 9, 30), D(2025, 10, 8)).ShouldBe(0);
        Calendar.Count(D(2025, 10, 13), D(2025, 10, 13)).ShouldBe(0);
        Calendar.Count(D(2025, 10, 13), D(2025, 10, 1)).ShouldBe(0);
        Calendar.Add(D(2025, 9, 30), 1).ShouldBe(D(2025, 10, 9));
        Calendar.Add(D(2025, 9, 30), 3).ShouldBe(D(2025, 10, 11));
        Calendar.Add(D(2025, 9, 30), 0).ShouldBe(D(2025, 9, 30));
    }

    [Fact]
    public void Counting_across_spring_festival_2026_counts_the_make_up_saturdays()
    {
        // 2/14 (Sat, worked), [2/15–2/23 off], 2/24, 2/25, 2/26, 2/27
        Calendar.Count(D(2026, 2, 13), D(2026, 2, 27)).ShouldBe(5);
        Calendar.Add(D(2026, 2, 13), 2).ShouldBe(D(2026, 2, 24));
        Calendar.Count(D(2026, 2, 27), D(2026, 3, 2)).ShouldBe(2); // 2/28 Sat worked, 3/2 Mon
        // adding and counting agree
        for (var n = 0; n < 40; n++)
        {
            Calendar.Count(D(2026, 1, 20), Calendar.Add(D(2026, 1, 20), n)).ShouldBe(n);
        }
    }

    [Fact]
    public void The_clock_pauses_while_the_step_is_returned_for_revision_and_resumes_on_resubmission()
    {
        var step = new ApprovalStep
        {
            Id = Guid.NewGuid(), Code = "EIA", Name = "环评审批", DepartmentCode = "EEB", TimeLimitDays = 5, State = ApprovalStepState.Pending,
            FirstPendingAt = At(3, 17), PendingSince = At(3, 17),
        };
        var instance = new ApprovalInstance { Id = Guid.NewGuid(), State = ApprovalInstanceState.Running, Steps = [step] };
        var actor = new Actor(Guid.NewGuid(), "测试");

        var onTuesday = step.Clock(Calendar, D(2025, 3, 18))!;
        instance.Decide(step, DecisionKind.Return, "补充材料", actor, At(3, 19), Calendar); // Mon 17 → Wed 19: 2 working days
        var whileReturned = step.Clock(Calendar, D(2025, 3, 24))!;
        instance.Resubmit(step, "已补正", actor, At(3, 24)); // the week of 19 → 24 does not count
        var resumed = step.Clock(Calendar, D(2025, 3, 26))!;
        var late = step.Clock(Calendar, D(2025, 3, 28))!;
        instance.Decide(step, DecisionKind.Approve, "同意", actor, At(3, 25, 15), Calendar);
        var done = step.Clock(Calendar, D(2025, 4, 30))!;

        onTuesday.ShouldBe(new StepClock(1, D(2025, 3, 24), LimitState.Normal));
        whileReturned.ShouldBe(new StepClock(2, null, LimitState.Normal));
        resumed.ShouldBe(new StepClock(4, D(2025, 3, 27), LimitState.Reminded80)); // 2 + 25, 26; 3 left from the 24th
        late.ShouldBe(new StepClock(6, D(2025, 3, 27), LimitState.Overdue));
        done.ShouldBe(new StepClock(3, null, LimitState.Normal));
        step.ElapsedWorkingDaysBefore.ShouldBe(3);
    }
}
