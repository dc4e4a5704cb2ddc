using System.Security.Claims;
using InvestmentPipeline.SharedKernel.Permissions;
using Microsoft.AspNetCore.Http;

namespace InvestmentPipeline.Infrastructure.Security;

/// <summary>The signed-in user as the auth cookie describes them (identity, department, permissions).</summary>
public sealed class CurrentUser(ClaimsPrincipal principal)
{
    public bool IsAuthenticated => principal.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(principal.FindFirstValue(AppClaimTypes.UserId), out var id) ? id : null;

    public string? UserName => principal.FindFirstValue(AppClaimTypes.UserName);

    public string? DisplayName => principal.FindFirstValue(AppClaimTypes.DisplayName);

    public Guid? DepartmentId => Guid.TryParse(principal.FindFirstValue(AppClaimTypes.DepartmentId), out var id) ? id : null;

    public string? DepartmentName => principal.FindFirstValue(AppClaimTypes.DepartmentName);

    public IReadOnlyList<string> Permissions => principal.FindAll(AppClaimTypes.Permission).Select(c => c.Value).ToList();

    public bool HasPermission(string permission) => principal.HasClaim(AppClaimTypes.Permission, permission);

    /// <summary>
    /// Data scope: which department's records the user may see. Null means every department
    /// (granted by <see cref="DataScopePermissions.AllDepartments"/>).
    /// </summary>
    public Guid? ScopedDepartmentId => HasPermission(DataScopePermissions.AllDepartments) ? null : DepartmentId ?? Guid.Empty;
}

public static class CurrentUserRegistration
{
    public static CurrentUser GetCurrentUser(this HttpContext context) => new(context.User);
}
