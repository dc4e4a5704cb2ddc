namespace InvestmentPipeline.Approvals.Domain;

/// <summary>
/// The working-day calendar approval time limits count: Monday–Friday, except the holidays of the calendar data,
/// plus the weekend days it marks as worked (调休上班). Pure: built from the calendar rows, no clock, no database.
/// </summary>
internal sealed class WorkingDays(IReadOnlyDictionary<DateOnly, bool> exceptions)
{
    public static WorkingDays From(IEnumerable<CalendarDay> days)
    {
        var exceptions = new Dictionary<DateOnly, bool>();
        foreach (var day in days)
        {
            exceptions[day.Date] = day.IsWorkday;
        }

        return new WorkingDays(exceptions);
    }

    public bool IsWorkday(DateOnly date) =>
        exceptions.TryGetValue(date, out var worked) ? worked : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when <paramref name="to"/> is not later).</summary>
    public int Count(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkday(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The working day on which <paramref name="days"/> working days after <paramref name="from"/> have passed (<paramref name="from"/> itself for 0).</summary>
    public DateOnly Add(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = from;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (IsWorkday(day))
            {
                days--;
            }
        }

        return day;
    }
}

internal enum LimitState
{
    Normal = 1,

    /// <summary>At least 80 % of the time limit used (the department is reminded).</summary>
    Reminded80 = 2,

    /// <summary>Past the time limit (escalated to the department's head and 区重点办).</summary>
    Overdue = 3,
}

/// <summary>Where a step stands against its time limit on a day.</summary>
internal sealed record StepClock(int ElapsedWorkingDays, DateOnly? DueOn, LimitState State)
{
    public static LimitState StateOf(int elapsed, int limit) =>
        limit <= 0 ? LimitState.Normal
        : elapsed > limit ? LimitState.Overdue
        : elapsed * 5 >= limit * 4 ? LimitState.Reminded80
        : LimitState.Normal;
}
