namespace InvestmentPipeline.Identity.Contracts;

/// <summary>
/// A department as other modules need it: to validate a reference, show its name, and read what users write for it
/// (<paramref name="Aliases"/>: its 简称 as entered, e.g. 区发改委; resolve written names with <see cref="DepartmentNames"/>).
/// </summary>
public sealed record DepartmentInfo(Guid Id, Guid? ParentId, string Name, string Code, bool IsTown, IReadOnlyList<string> Aliases);

/// <summary>Read access to the department tree for other modules (they store department ids, never copies).</summary>
public interface IDepartmentDirectory
{
    Task<IReadOnlyDictionary<Guid, DepartmentInfo>> GetAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<DepartmentInfo>> GetAllAsync(CancellationToken cancellationToken);
}

/// <summary>An active user of a department with their e-mail (when they gave one), for reminders.</summary>
public sealed record UserContact(Guid UserId, string DisplayName, string? Email, Guid DepartmentId, bool IsDepartmentHead);

/// <summary>Who to remind in a department, and who a stored user id is, for other modules.</summary>
public interface IUserDirectory
{
    Task<IReadOnlyList<UserContact>> GetContactsAsync(IEnumerable<Guid> departmentIds, CancellationToken cancellationToken);

    /// <summary>Users by id (disabled ones included, so that old records keep their names).</summary>
    Task<IReadOnlyDictionary<Guid, UserContact>> GetByIdsAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken);
}
