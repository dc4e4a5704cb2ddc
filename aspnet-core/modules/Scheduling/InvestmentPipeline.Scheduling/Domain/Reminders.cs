using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Scheduling.Domain;

/// <summary>报送时限: a month's progress is due by this day of the next month (1–28, so that every month has it).</summary>
internal sealed class ReportingSettings : Entity
{
    public const int SingletonId = 1;
    public const int DefaultDueDay = 10;

    public int Id { get; private set; } = SingletonId;

    public int DueDay { get; private set; } = DefaultDueDay;

    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public DateOnly DueDateOf(int year, int month) => new DateOnly(year, month, 1).AddMonths(1).AddDays(DueDay - 1);

    public void Change(int dueDay)
    {
        CheckRule(new DueDayInEveryMonthRule(dueDay));
        DueDay = dueDay;
        ConcurrencyStamp = Guid.NewGuid();
    }
}

internal sealed class DueDayInEveryMonthRule(int dueDay) : IBusinessRule
{
    public string Code => "Scheduling.DueDay";

    public string Message => "报送截止日应为每月 1 至 28 日";

    public bool IsBroken() => dueDay is < 1 or > 28;
}

/// <summary>
/// 催报: one reminder to a department on one day for a month it has not reported in time, shown in the app and mailed to
/// the department's users. One per department, month and day, so a job that runs twice does not remind twice.
/// </summary>
internal sealed class ProgressReminder
{
    public const int ProjectsMaxLength = 2000;

    public Guid Id { get; set; }

    public Guid DepartmentId { get; set; }

    public required string DepartmentName { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public DateOnly DueDate { get; set; }

    public DateOnly SentOn { get; set; }

    public int ProjectCount { get; set; }

    /// <summary>The unreported projects' names, separated by 、.</summary>
    public required string Projects { get; set; }

    public int EmailedTo { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
