using InvestmentPipeline.Leads.Contracts;

namespace InvestmentPipeline.Leads.Domain;

/// <summary>
/// A reminder the daily job gave a lead's owner. <see cref="DueOn"/> is the date it is about (the next action's date,
/// or the last activity), so each cause is reminded once, however often the job runs.
/// </summary>
internal sealed class LeadReminder
{
    public const int TextMaxLength = 500;

    public Guid Id { get; set; }

    public Guid LeadId { get; set; }

    public LeadReminderKind Kind { get; set; }

    public DateOnly DueOn { get; set; }

    public Guid OwnerUserId { get; set; }

    public string Text { get; set; } = string.Empty;

    public bool Emailed { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>The bureau's settings for follow-up: how many days without one make a lead 长期未跟进.</summary>
internal sealed class LeadSettings
{
    public const int DefaultStaleAfterDays = 30;

    public Guid Id { get; set; }

    public int StaleAfterDays { get; set; } = DefaultStaleAfterDays;

    public Guid ConcurrencyStamp { get; set; }
}
