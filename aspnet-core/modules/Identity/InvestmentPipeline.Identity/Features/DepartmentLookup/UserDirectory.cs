using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Identity.Features.DepartmentLookup;

/// <summary>The enabled users of departments, for other modules' reminders.</summary>
internal sealed class UserDirectory(IdentityModuleDbContext db) : IUserDirectory
{
    public async Task<IReadOnlyList<UserContact>> GetContactsAsync(IEnumerable<Guid> departmentIds, CancellationToken cancellationToken)
    {
        var wanted = departmentIds.Distinct().Select(id => (Guid?)id).ToList();
        return await db.Users.AsNoTracking().Where(u => !u.IsDisabled && wanted.Contains(u.DepartmentId))
            .OrderBy(u => u.UserName)
            .Select(u => new UserContact(u.Id, u.DisplayName, u.Email, u.DepartmentId!.Value))
            .ToListAsync(cancellationToken);
    }
}
