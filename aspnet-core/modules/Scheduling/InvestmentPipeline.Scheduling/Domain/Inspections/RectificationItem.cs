using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Scheduling.Domain.Inspections;

/// <summary>
/// 限期整改: what a department must put right on a project by a deadline. The department reports its rectification; the
/// inspectors' follow-up check (复查) closes it, or sends it back with a new deadline. An item still open past its deadline
/// is escalated once per level; a new deadline starts its escalation afresh.
/// </summary>
internal sealed class RectificationItem : Entity
{
    public const int TextMaxLength = 2000;

    private readonly List<RectificationEvent> events = [];

    private RectificationItem()
    {
    }

    public Guid Id { get; private set; }

    public Guid InspectionId { get; private set; }

    public int Year { get; private set; }

    public InspectionKind InspectionKind { get; private set; }

    public Guid ProjectId { get; private set; }

    public string ProjectName { get; private set; } = "";

    public string Description { get; private set; } = "";

    public Guid ResponsibleDepartmentId { get; private set; }

    public string ResponsibleDepartmentName { get; private set; } = "";

    public DateOnly Deadline { get; private set; }

    public RectificationStatus Status { get; private set; }

    public string? Report { get; private set; }

    public DateTime? RectifiedAtUtc { get; private set; }

    public string? VerificationComment { get; private set; }

    /// <summary>How many follow-up checks found the rectification wanting.</summary>
    public int FailedVerifications { get; private set; }

    public EscalationLevel EscalationLevel { get; private set; }

    /// <summary>How many events the history holds; each event carries its number, so the history orders without ties.</summary>
    public int Revision { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public IReadOnlyList<RectificationEvent> Events => events;

    public bool IsOverdue(DateOnly today) => Status == RectificationStatus.Open && Overdue.Is(Deadline, today);

    internal static RectificationItem Assign(Inspection inspection, InspectedProject project, string description, DepartmentRef department, DateOnly deadline, string by, DateTime nowUtc)
    {
        var item = new RectificationItem
        {
            Id = Guid.NewGuid(), InspectionId = inspection.Id, Year = inspection.Year, InspectionKind = inspection.Kind, ProjectId = project.ProjectId,
            ProjectName = project.ProjectName, Description = Truncated(description), ResponsibleDepartmentId = department.Id,
            ResponsibleDepartmentName = department.Name, Deadline = deadline, Status = RectificationStatus.Open,
        };
        item.Record(RectificationEventKind.Assigned, $"责成{department.Name}于{deadline:yyyy-MM-dd}前整改：{item.Description}", by, nowUtc);
        return item;
    }

    public void Rectify(string? report, Actor by, DateTime nowUtc)
    {
        CheckRule(new RectificationStatusRule(Status, RectificationStatus.Open, "只有待整改的事项可以提交整改情况"));
        CheckRule(new RectifiedByResponsibleDepartmentRule(by, ResponsibleDepartmentId, ResponsibleDepartmentName));
        CheckRule(new RectificationNeedsReportRule(report));
        Status = RectificationStatus.Rectified;
        Report = Truncated(report!.Trim());
        RectifiedAtUtc = nowUtc;
        Record(RectificationEventKind.Rectified, $"整改情况：{Report}", by.Name, nowUtc);
    }

    /// <summary>复查: passed closes the item; failed sends it back to the department with a new deadline.</summary>
    public void Verify(bool passed, string? comment, DateOnly? newDeadline, Actor by, DateOnly today, DateTime nowUtc)
    {
        CheckRule(new RectificationStatusRule(Status, RectificationStatus.Rectified, "只有已提交整改情况的事项可以复查"));
        CheckRule(new OnlyInspectorsInspectRule(by));
        VerificationComment = string.IsNullOrWhiteSpace(comment) ? null : Truncated(comment.Trim());
        if (passed)
        {
            Status = RectificationStatus.Closed;
            Record(RectificationEventKind.VerificationPassed, $"复查通过，予以销号{Suffix(VerificationComment)}", by.Name, nowUtc);
            return;
        }

        CheckRule(new FailedVerificationNeedsNewDeadlineRule(newDeadline, today));
        Status = RectificationStatus.Open;
        Deadline = newDeadline!.Value;
        EscalationLevel = EscalationLevel.None;
        FailedVerifications++;
        Record(RectificationEventKind.VerificationFailed, $"复查未通过，限{Deadline:yyyy-MM-dd}前重新整改{Suffix(VerificationComment)}", by.Name, nowUtc);
    }

    /// <summary>Escalates an open item past its deadline to each level newly reached; returns how many levels that was.</summary>
    public int Escalate(DateOnly today, DateTime nowUtc)
    {
        if (Status != RectificationStatus.Open)
        {
            return 0;
        }

        var reached = Overdue.NewLevels(EscalationLevel, Deadline, today).ToList();
        foreach (var level in reached)
        {
            EscalationLevel = level;
            Record(RectificationEventKind.Escalated, Overdue.Describe(level, Deadline, today), null, nowUtc);
        }

        return reached.Count;
    }

    private static string Suffix(string? comment) => comment is null ? "" : $"：{comment}";

    private void Record(RectificationEventKind kind, string text, string? by, DateTime nowUtc)
    {
        Revision++;
        events.Add(new RectificationEvent(Id, Revision, kind, Status, EscalationLevel, Truncated(text), nowUtc, by));
        ConcurrencyStamp = Guid.NewGuid();
    }

    private static string Truncated(string text) => text.Length <= TextMaxLength ? text : text[..TextMaxLength];
}

/// <summary>One entry of a rectification item's history; <c>By</c> is null for the nightly escalation.</summary>
internal sealed class RectificationEvent
{
    private RectificationEvent()
    {
    }

    public RectificationEvent(Guid itemId, int sequence, RectificationEventKind kind, RectificationStatus status, EscalationLevel level, string text, DateTime atUtc, string? by)
    {
        Id = Guid.NewGuid();
        ItemId = itemId;
        Sequence = sequence;
        Kind = kind;
        Status = status;
        EscalationLevel = level;
        Text = text;
        AtUtc = atUtc;
        By = by;
    }

    public Guid Id { get; private set; }

    public Guid ItemId { get; private set; }

    public int Sequence { get; private set; }

    public RectificationEventKind Kind { get; private set; }

    public RectificationStatus Status { get; private set; }

    public EscalationLevel EscalationLevel { get; private set; }

    public string Text { get; private set; } = "";

    public DateTime AtUtc { get; private set; }

    public string? By { get; private set; }
}

internal sealed class RectificationStatusRule(RectificationStatus status, RectificationStatus required, string message) : IBusinessRule
{
    public string Code => "Scheduling.RectificationTransition";

    public string Message => message;

    public bool IsBroken() => status != required;
}

internal sealed class RectifiedByResponsibleDepartmentRule(Actor actor, Guid departmentId, string departmentName) : IBusinessRule
{
    public string Code => "Scheduling.RectificationNotYours";

    public string Message => $"该整改事项由{departmentName}负责，只能由该单位提交整改情况";

    public bool IsBroken() => !(actor.Reports && actor.DepartmentId == departmentId);
}

internal sealed class RectificationNeedsReportRule(string? report) : IBusinessRule
{
    public string Code => "Scheduling.RectificationReportMissing";

    public string Message => "请填写整改情况报告";

    public bool IsBroken() => string.IsNullOrWhiteSpace(report);
}

internal sealed class FailedVerificationNeedsNewDeadlineRule(DateOnly? newDeadline, DateOnly today) : IBusinessRule
{
    public string Code => "Scheduling.RectificationNewDeadline";

    public string Message => newDeadline is null ? "复查未通过须确定新的整改期限" : $"新的整改期限（{newDeadline:yyyy-MM-dd}）须晚于今天（{today:yyyy-MM-dd}）";

    public bool IsBroken() => newDeadline is not { } deadline || deadline <= today;
}
