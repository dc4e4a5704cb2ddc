using InvestmentPipeline.SharedKernel.Domain;
using InvestmentPipeline.SignedContracts.Contracts;

namespace InvestmentPipeline.SignedContracts.Domain;

/// <summary>When reminders fire: a milestone so many days before its planned date, and a contract without funds so many days after signing.</summary>
internal sealed class ContractSettings : Entity
{
    public const int SingletonId = 1;

    public int Id { get; private set; } = SingletonId;

    public int MilestoneReminderDays { get; private set; } = 7;

    public int NoFundsAfterDays { get; private set; } = 90;

    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public void Change(int milestoneReminderDays, int noFundsAfterDays)
    {
        CheckRule(new SettingsRangeRule(milestoneReminderDays, noFundsAfterDays));
        MilestoneReminderDays = milestoneReminderDays;
        NoFundsAfterDays = noFundsAfterDays;
        ConcurrencyStamp = Guid.NewGuid();
    }
}

internal sealed class SettingsRangeRule(int milestoneDays, int noFundsDays) : IBusinessRule
{
    public string Code => "SignedContracts.Settings";

    public string Message => "节点提前提醒天数应为 1–60，未到位资金提醒天数应为 7–720";

    public bool IsBroken() => milestoneDays is < 1 or > 60 || noFundsDays is < 7 or > 720;
}

/// <summary>口径 of a contract figure, kept as data and shown beside it; a changed wording is a new version.</summary>
internal sealed class ContractRateDefinition
{
    public Guid Id { get; set; }

    public ContractRateCode Code { get; set; }

    public required string Name { get; set; }

    public required string Numerator { get; set; }

    public required string Denominator { get; set; }

    public required string Scope { get; set; }

    public int Version { get; set; } = 1;
}

/// <summary>
/// An in-app reminder to the responsible department: a milestone due soon or overdue, or no funds long after signing.
/// One per contract, reason, milestone and level, so a job that runs twice reminds once.
/// </summary>
internal sealed class ContractReminder
{
    public const string NoMilestone = "-";

    public Guid Id { get; set; }

    public Guid ContractId { get; set; }

    public required string ContractNumber { get; set; }

    public required string ProjectName { get; set; }

    public Guid DepartmentId { get; set; }

    public ContractReminderReason Reason { get; set; }

    /// <summary>The milestone's kind, or <see cref="NoMilestone"/> for a funds reminder (a key column is never null).</summary>
    public required string Milestone { get; set; }

    public ContractReminderLevel Level { get; set; }

    public required string Text { get; set; }

    public DateOnly SentOn { get; set; }

    public int EmailedTo { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
