using System.Security.Cryptography;
using InvestmentPipeline.Identity.Data;
using InvestmentPipeline.Identity.Domain;
using InvestmentPipeline.Identity.Features.Roles;
using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.SharedKernel.Permissions;
using InvestmentPipeline.SharedKernel.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvestmentPipeline.Identity.Seeding;

/// <summary>
/// Idempotent: the department tree, the static roles and `admin` in every mode; one demo user per role in demo mode.
/// Seeded accounts must change their password at first login, except in demo mode.
/// </summary>
internal sealed class IdentitySeeder(
    IdentityModuleDbContext db,
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    IEnumerable<PermissionGroupDefinition> permissionGroups,
    IOptions<SeedOptions> options,
    SeedSettings seed,
    TimeProvider time,
    ILogger<IdentitySeeder> logger) : IDataSeeder
{
    public int Order => 0;

    public bool IsDemo => seed.Demo;

    public async Task SeedAsync(CancellationToken ct)
    {
        var departments = await SeedDepartmentsAsync(ct);
        await SeedAliasesAsync(departments, ct);
        var allPermissions = permissionGroups.SelectMany(g => g.Permissions).Select(p => p.Name).ToList();
        foreach (var seed in RoleCatalog.All)
        {
            await SeedRoleAsync(seed, allPermissions);
        }

        foreach (var seed in RoleCatalog.All.Where(s => s.Name == RoleCatalog.Admin || IsDemo))
        {
            await SeedUserAsync(new(seed.DemoUser, seed.DemoDisplayName, seed.Name, seed.DemoDepartment), departments);
        }

        foreach (var user in IsDemo ? RoleCatalog.MoreDemoApprovers : [])
        {
            await SeedUserAsync(user, departments);
        }
    }

    private async Task<Dictionary<string, Guid>> SeedDepartmentsAsync(CancellationToken ct)
    {
        var existing = await db.Departments.ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        foreach (var seed in DepartmentCatalog.All.Where(s => !existing.ContainsKey(s.Code)))
        {
            var department = new Department(Guid.NewGuid(), seed.ParentCode is null ? null : existing[seed.ParentCode], seed.Name, seed.Code, seed.SortOrder);
            db.Departments.Add(department);
            existing[seed.Code] = department.Id;
        }

        await db.SaveChangesAsync(ct);
        return existing;
    }

    /// <summary>Once, into an empty alias table: a short form that would name two places (a renamed department's name) is skipped.</summary>
    private async Task SeedAliasesAsync(Dictionary<string, Guid> departments, CancellationToken ct)
    {
        if (await db.DepartmentAliases.AnyAsync(ct))
        {
            return;
        }

        var taken = (await db.Departments.Select(d => d.Name).ToListAsync(ct)).Select(OrganisationName.Normalize).ToHashSet();
        foreach (var (code, shortForms) in DepartmentCatalog.ShortForms.Where(s => departments.ContainsKey(s.Key)))
        {
            foreach (var alias in shortForms.Where(a => taken.Add(OrganisationName.Normalize(a))))
            {
                db.DepartmentAliases.Add(new DepartmentAlias(departments[code], alias));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task SeedRoleAsync(RoleCatalog.Seed seed, IReadOnlyList<string> allPermissions)
    {
        var role = await roles.FindByNameAsync(seed.Name);
        if (role is null)
        {
            role = new AppRole { Id = Guid.NewGuid(), Name = seed.Name, DisplayName = seed.DisplayName, Description = seed.Description, IsStatic = true };
            Check(await roles.CreateAsync(role));
        }

        var defaults = seed.Permissions ?? allPermissions;
        var notYetOffered = defaults.Except(role.OfferedPermissions).ToList();
        if (seed.Permissions is null)
        {
            await RolePermissions.ReplaceAsync(roles, role, allPermissions);
        }
        else if (notYetOffered.Count > 0)
        {
            var granted = (await roles.GetClaimsAsync(role)).Where(c => c.Type == AppClaimTypes.Permission).Select(c => c.Value);
            await RolePermissions.ReplaceAsync(roles, role, granted.Union(notYetOffered));
        }

        if (notYetOffered.Count == 0)
        {
            return;
        }

        role.OfferedPermissions = [.. role.OfferedPermissions.Union(notYetOffered)];
        Check(await roles.UpdateAsync(role));
    }

    private async Task SeedUserAsync(RoleCatalog.DemoUser seed, Dictionary<string, Guid> departments)
    {
        if (await users.FindByNameAsync(seed.UserName) is not null)
        {
            return;
        }

        var isAdmin = seed.Role == RoleCatalog.Admin;
        var password = isAdmin ? AdminPassword() : SeedOptions.DemoUserPassword;
        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = seed.UserName,
            DisplayName = seed.DisplayName,
            DepartmentId = departments[seed.Department],
            MustChangePassword = !IsDemo,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, seed.Role));
    }

    private string AdminPassword()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.AdminPassword))
        {
            return options.Value.AdminPassword;
        }

        if (IsDemo)
        {
            return SeedOptions.DemoAdminPassword;
        }

        var generated = $"Ip-{Convert.ToBase64String(RandomNumberGenerator.GetBytes(12))}9a";
        logger.LogWarning("已创建管理员账户 admin，初始密码（仅显示这一次，首次登录须修改）：{Password}", generated);
        return generated;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("初始化数据失败：" + string.Join("；", result.Errors.Select(e => e.Description)));
        }
    }
}
