using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Scheduling.Domain.Inspections;

/// <summary>
/// 督查: one visit (现场、节点、反复、深度督查) by the inspectors to plan projects, its findings, and the 限期整改 items it
/// leaves with departments. Each item moves on its own (<see cref="RectificationItem"/>); the inspection's stamp guards its own
/// fields and the adding of items.
/// </summary>
internal sealed class Inspection : Entity
{
    public const int TextMaxLength = 4000;

    private readonly List<InspectedProject> projects = [];

    private readonly List<RectificationItem> items = [];

    private Inspection()
    {
    }

    public Guid Id { get; private set; }

    public InspectionKind Kind { get; private set; }

    public DateOnly Date { get; private set; }

    public int Year { get; private set; }

    public string Inspectors { get; private set; } = "";

    public string Findings { get; private set; } = "";

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public IReadOnlyList<InspectedProject> Projects => projects;

    public IReadOnlyList<RectificationItem> Items => items;

    public static Inspection Record(
        InspectionKind kind, DateOnly date, string inspectors, string findings, IReadOnlyList<ProjectRef> projects, Actor by, DateTime nowUtc)
    {
        CheckRule(new OnlyInspectorsInspectRule(by));
        CheckRule(new InspectionCoversProjectsRule(projects.Count));
        var inspection = new Inspection
        {
            Id = Guid.NewGuid(), Kind = kind, Date = date, Year = date.Year, Inspectors = inspectors, Findings = Truncated(findings),
            CreatedBy = by.Name, CreatedAtUtc = nowUtc, ConcurrencyStamp = Guid.NewGuid(),
        };
        inspection.projects.AddRange(projects.DistinctBy(p => p.ProjectId).Select(p => new InspectedProject(inspection.Id, p.ProjectId, p.Name)));
        return inspection;
    }

    /// <summary>A 限期整改 item on one of the inspected projects.</summary>
    public RectificationItem AddItem(Guid projectId, string description, DepartmentRef department, DateOnly deadline, Actor by, DateOnly today, DateTime nowUtc)
    {
        CheckRule(new OnlyInspectorsInspectRule(by));
        var project = projects.FirstOrDefault(p => p.ProjectId == projectId);
        CheckRule(new ItemOnAnInspectedProjectRule(project is not null));
        CheckRule(new DeadlineNotInPastRule(deadline, today));
        var item = RectificationItem.Assign(this, project!, description, department, deadline, by.Name, nowUtc);
        items.Add(item);
        ConcurrencyStamp = Guid.NewGuid();
        return item;
    }

    private static string Truncated(string text) => text.Length <= TextMaxLength ? text : text[..TextMaxLength];
}

/// <summary>A project an inspection visited, named as it was then.</summary>
internal sealed class InspectedProject
{
    private InspectedProject()
    {
    }

    public InspectedProject(Guid inspectionId, Guid projectId, string projectName)
    {
        InspectionId = inspectionId;
        ProjectId = projectId;
        ProjectName = projectName;
    }

    public Guid InspectionId { get; private set; }

    public Guid ProjectId { get; private set; }

    public string ProjectName { get; private set; } = "";
}

internal sealed class OnlyInspectorsInspectRule(Actor actor) : IBusinessRule
{
    public string Code => "Scheduling.InspectionByInspectors";

    public string Message => "督查与复查只能由督查室或重点办进行";

    public bool IsBroken() => !actor.Inspects;
}

internal sealed class InspectionCoversProjectsRule(int count) : IBusinessRule
{
    public string Code => "Scheduling.InspectionWithoutProjects";

    public string Message => "督查须至少选择一个项目";

    public bool IsBroken() => count == 0;
}

internal sealed class ItemOnAnInspectedProjectRule(bool inspected) : IBusinessRule
{
    public string Code => "Scheduling.RectificationProjectNotInspected";

    public string Message => "整改事项的项目须是本次督查的项目";

    public bool IsBroken() => !inspected;
}
