using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Scheduling.Domain.Problems;

/// <summary>
/// 问题清单: a problem blocking a plan project, assigned (交办) by 重点办 to a department with a deadline. The department
/// takes it up (办理中) and resolves it (销号) with its result and evidence; 重点办 may reopen it. Past its deadline it is
/// escalated, once per level. The project and the department are kept as they were named when it was assigned.
/// </summary>
internal sealed class CoordinationProblem : Entity
{
    public const int TextMaxLength = 2000;

    private readonly List<ProblemEvent> events = [];

    private CoordinationProblem()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public string ProjectName { get; private set; } = "";

    /// <summary>The project's responsible unit and town: they see the problems on their projects.</summary>
    public Guid ProjectDepartmentId { get; private set; }

    public Guid? ProjectTownId { get; private set; }

    public int Year { get; private set; }

    public string CategoryCode { get; private set; } = "";

    public string Description { get; private set; } = "";

    public Guid AssignedDepartmentId { get; private set; }

    public string AssignedDepartmentName { get; private set; } = "";

    public DateOnly Deadline { get; private set; }

    public ProblemStatus Status { get; private set; }

    public string? Resolution { get; private set; }

    public string? Evidence { get; private set; }

    public DateTime? ResolvedAtUtc { get; private set; }

    public EscalationLevel EscalationLevel { get; private set; }

    public bool Escalated => EscalationLevel != EscalationLevel.None;

    /// <summary>The warning the problem was raised from, if any.</summary>
    public Guid? SourceWarningId { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>How many events the history holds; each event carries its number, so the history orders without ties.</summary>
    public int Revision { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public IReadOnlyList<ProblemEvent> Events => events;

    public bool IsOverdue(DateOnly today) => Status != ProblemStatus.Resolved && Overdue.Is(Deadline, today);

    public static CoordinationProblem Assign(
        ProjectRef project, int year, string categoryCode, string description, DepartmentRef department, DateOnly deadline, Guid? sourceWarningId,
        Actor by, DateOnly today, DateTime nowUtc)
    {
        CheckRule(new OnlyTheOfficeAssignsProblemsRule(by));
        CheckRule(new DeadlineNotInPastRule(deadline, today));
        var problem = new CoordinationProblem
        {
            Id = Guid.NewGuid(), ProjectId = project.ProjectId, ProjectName = project.Name, ProjectDepartmentId = project.ResponsibleDepartmentId,
            ProjectTownId = project.TownId, Year = year, CategoryCode = categoryCode, Description = Truncated(description),
            AssignedDepartmentId = department.Id, AssignedDepartmentName = department.Name, Deadline = deadline, Status = ProblemStatus.Assigned,
            SourceWarningId = sourceWarningId, CreatedBy = by.Name, CreatedAtUtc = nowUtc,
        };
        problem.Record(ProblemEventKind.Assigned, $"交办{department.Name}，限{deadline:yyyy-MM-dd}前办结：{problem.Description}", by.Name, nowUtc);
        return problem;
    }

    public void Start(Actor by, DateTime nowUtc)
    {
        CheckRule(new ProblemTransitionRule(Status, ProblemStatus.Assigned, ProblemStatus.InProgress));
        CheckRule(new ProblemHandledByAssignedDepartmentRule(by, AssignedDepartmentId, AssignedDepartmentName));
        Status = ProblemStatus.InProgress;
        Record(ProblemEventKind.Started, "开始办理", by.Name, nowUtc);
    }

    public void Resolve(string? resolution, string? evidence, Actor by, DateTime nowUtc)
    {
        CheckRule(new ProblemTransitionRule(Status, ProblemStatus.InProgress, ProblemStatus.Resolved));
        CheckRule(new ProblemHandledByAssignedDepartmentRule(by, AssignedDepartmentId, AssignedDepartmentName));
        CheckRule(new ResolutionNeedsResultAndEvidenceRule(resolution, evidence));
        Status = ProblemStatus.Resolved;
        Resolution = Truncated(resolution!.Trim());
        Evidence = Truncated(evidence!.Trim());
        ResolvedAtUtc = nowUtc;
        Record(ProblemEventKind.Resolved, $"办理结果：{Resolution}；佐证材料：{Evidence}", by.Name, nowUtc);
    }

    public void Reopen(string? reason, Actor by, DateTime nowUtc)
    {
        CheckRule(new ProblemTransitionRule(Status, ProblemStatus.Resolved, ProblemStatus.InProgress));
        CheckRule(new OnlyTheOfficeReopensProblemsRule(by));
        CheckRule(new ReopeningNeedsReasonRule(reason));
        Status = ProblemStatus.InProgress;
        ResolvedAtUtc = null;
        Record(ProblemEventKind.Reopened, $"重新打开：{reason!.Trim()}", by.Name, nowUtc);
    }

    /// <summary>Escalates an overdue problem to each level it has newly reached; returns how many levels that was.</summary>
    public int Escalate(DateOnly today, DateTime nowUtc)
    {
        if (Status == ProblemStatus.Resolved)
        {
            return 0;
        }

        var reached = Overdue.NewLevels(EscalationLevel, Deadline, today).ToList();
        foreach (var level in reached)
        {
            EscalationLevel = level;
            Record(ProblemEventKind.Escalated, Overdue.Describe(level, Deadline, today), null, nowUtc);
        }

        return reached.Count;
    }

    private void Record(ProblemEventKind kind, string text, string? by, DateTime nowUtc)
    {
        Revision++;
        events.Add(new ProblemEvent(Id, Revision, kind, Status, EscalationLevel, Truncated(text), nowUtc, by));
        ConcurrencyStamp = Guid.NewGuid();
    }

    private static string Truncated(string text) => text.Length <= TextMaxLength ? text : text[..TextMaxLength];
}

/// <summary>One entry of a problem's history; <c>By</c> is null for the nightly escalation.</summary>
internal sealed class ProblemEvent
{
    private ProblemEvent()
    {
    }

    public ProblemEvent(Guid problemId, int sequence, ProblemEventKind kind, ProblemStatus status, EscalationLevel level, string text, DateTime atUtc, string? by)
    {
        Id = Guid.NewGuid();
        ProblemId = problemId;
        Sequence = sequence;
        Kind = kind;
        Status = status;
        EscalationLevel = level;
        Text = text;
        AtUtc = atUtc;
        By = by;
    }

    public Guid Id { get; private set; }

    public Guid ProblemId { get; private set; }

    public int Sequence { get; private set; }

    public ProblemEventKind Kind { get; private set; }

    public ProblemStatus Status { get; private set; }

    public EscalationLevel EscalationLevel { get; private set; }

    public string Text { get; private set; } = "";

    public DateTime AtUtc { get; private set; }

    public string? By { get; private set; }
}
