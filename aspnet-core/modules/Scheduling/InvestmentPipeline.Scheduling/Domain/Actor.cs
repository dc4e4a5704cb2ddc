namespace InvestmentPipeline.Scheduling.Domain;

/// <summary>Who acts on a problem or a rectification: their name, department and the scheduling permissions that matter.</summary>
internal sealed record Actor(string Name, Guid? DepartmentId, bool Reports, bool Manages, bool Inspects)
{
    /// <summary>A unit acts on what is assigned to its own department; 重点办 (Manage) on anything.</summary>
    public bool Handles(Guid departmentId) => Manages || (Reports && DepartmentId == departmentId);
}

/// <summary>A department as it was named when something was assigned to it.</summary>
internal sealed record DepartmentRef(Guid Id, string Name);

/// <summary>A plan project as it was named when a problem or an inspection referred to it.</summary>
internal sealed record ProjectRef(Guid ProjectId, string Name, Guid ResponsibleDepartmentId, Guid? TownId);
