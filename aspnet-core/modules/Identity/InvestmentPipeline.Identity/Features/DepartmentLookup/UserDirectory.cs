using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Identity.Features.DepartmentLookup;

/// <summary>Users for other modules: the enabled ones of departments (reminders), and any by id (names).</summary>
internal sealed class UserDirectory(IdentityModuleDbContext db) : IUserDirectory
{
    public async Task<IReadOnlyList<UserContact>> GetContactsAsync(IEnumerable<Guid> departmentIds, CancellationToken cancellationToken)
    {
        var wanted = departmentIds.Distinct().Select(id => (Guid?)id).ToList();
        return await db.Users.AsNoTracking().Where(u => !u.IsDisabled && wanted.Contains(u.DepartmentId))
            .OrderBy(u => u.UserName)
            .Select(u => new UserContact(u.Id, u.DisplayName, u.Email, u.DepartmentId!.Value, u.IsDepartmentHead))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, UserContact>> GetByIdsAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        var wanted = userIds.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id) && u.DepartmentId != null)
            .Select(u => new UserContact(u.Id, u.DisplayName, u.Email, u.DepartmentId!.Value, u.IsDepartmentHead))
            .ToDictionaryAsync(u => u.UserId, cancellationToken);
    }
}
