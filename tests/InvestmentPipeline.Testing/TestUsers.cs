using System.Net;
using Shouldly;

namespace InvestmentPipeline.Testing;

public sealed record DepartmentRow(Guid Id, Guid? ParentId, string Name, string Code, int SortOrder, int UserCount, Guid ConcurrencyStamp, string[]? Aliases = null);

public sealed record DepartmentOption(Guid Id, Guid? ParentId, string Name, string Code, bool IsTown);

public sealed record UserRow(
    Guid Id, string UserName, string DisplayName, Guid? DepartmentId, string? DepartmentName, string[] Roles, bool IsDisabled, bool IsLockedOut, string ConcurrencyStamp,
    bool IsDepartmentHead = false);

public sealed record Page<T>(List<T> Items, int TotalCount);

public sealed record Me(Guid Id, string UserName, string DisplayName, Guid? DepartmentId, string? DepartmentName, string[] Roles, string[] Permissions, bool MustChangePassword);

/// <summary>Creates users a test owns (unique names), through the real admin API.</summary>
public static class TestUsers
{
    public const string Password = "Test@2026pw";

    /// <summary>A seeded department's id by its code, through the picker list any signed-in user may read.</summary>
    public static async Task<Guid> DepartmentIdAsync(ApiSession session, string code) =>
        (await session.GetJsonAsync<List<DepartmentOption>>("/api/identity/department-options")).Single(d => d.Code == code).Id;

    public static async Task<UserRow> CreateAsync(ApiSession admin, string departmentCode, params string[] roles)
    {
        var userName = "t" + Guid.NewGuid().ToString("N")[..10];
        var departmentId = await DepartmentIdAsync(admin, departmentCode);
        using var response = await admin.PostAsync("/api/identity/users", new
        {
            userName,
            displayName = "测试用户" + userName[^4..],
            password = Password,
            departmentId,
            roles,
        });
        return await response.ReadJsonAsync<UserRow>(HttpStatusCode.Created);
    }

    /// <summary>A new user who has already replaced the temporary password, signed in.</summary>
    public static async Task<(UserRow User, ApiSession Session)> CreateSignedInAsync(AppFactory app, ApiSession admin, string departmentCode, params string[] roles)
    {
        var user = await CreateAsync(admin, departmentCode, roles);
        var session = await app.SignInAsync(user.UserName, Password);
        using var changed = await session.PostAsync("/api/account/change-password", new { currentPassword = Password, newPassword = Password + "x" });
        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return (user, session);
    }
}
