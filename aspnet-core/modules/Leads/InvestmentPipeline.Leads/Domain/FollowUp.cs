using InvestmentPipeline.Leads.Contracts;

namespace InvestmentPipeline.Leads.Domain;

/// <summary>What the owner enters for one contact with the company.</summary>
internal sealed record FollowUpRecord(FollowUpKind Kind, DateOnly OccurredOn, string People, string Notes, string? NextAction, DateOnly? NextActionOn);

/// <summary>跟进记录: one visit, call, meeting or reception, and what is to happen next. Recorded through <see cref="Lead.RecordFollowUp"/>.</summary>
internal sealed class FollowUp
{
    public const int PeopleMaxLength = 200;
    public const int NotesMaxLength = 2000;
    public const int NextActionMaxLength = 200;

    private FollowUp()
    {
    }

    public Guid Id { get; private set; }

    public Guid LeadId { get; private set; }

    public FollowUpKind Kind { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    /// <summary>参与人员: ours and theirs.</summary>
    public string People { get; private set; } = string.Empty;

    public string Notes { get; private set; } = string.Empty;

    public string? NextAction { get; private set; }

    public DateOnly? NextActionOn { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    public DateTime RecordedAtUtc { get; private set; }

    internal static FollowUp Create(Guid leadId, FollowUpRecord record, string by, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        LeadId = leadId,
        Kind = record.Kind,
        OccurredOn = record.OccurredOn,
        People = record.People.Trim(),
        Notes = record.Notes.Trim(),
        NextAction = string.IsNullOrWhiteSpace(record.NextAction) ? null : record.NextAction.Trim(),
        NextActionOn = record.NextActionOn,
        RecordedBy = by,
        RecordedAtUtc = nowUtc,
    };
}
