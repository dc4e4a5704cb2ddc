using System.Net;
using System.Text.Json;

namespace InvestmentPipeline.Identity.Tests;

public abstract class UserAdminTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task Creating_a_user_is_audited_with_its_values_but_never_its_password()
    {
        using var admin = await app.AdminAsync();

        var user = await TestUsers.CreateAsync(admin, "WAT", "unit");

        user.DepartmentName.ShouldBe("区水务局");
        user.Roles.ShouldBe(["unit"]);
        var audit = await admin.GetJsonAsync<Page<AuditRow>>($"/api/identity/audit-logs?action=创建&entityType=AppUser&pageSize=50");
        var row = audit.Items.Single(r => r.EntityId == user.Id.ToString());
        row.UserName.ShouldBe("admin");
        row.DepartmentName.ShouldBe("区政府");
        row.Outcome.ShouldBe("成功");
        var after = JsonDocument.Parse(row.Changes!).RootElement.GetProperty("after");
        after.GetProperty("UserName").GetString().ShouldBe(user.UserName);
        after.GetProperty("PasswordHash").GetString().ShouldBe("***");
    }

    [Fact]
    public async Task Invalid_input_gets_every_field_error_in_Chinese_and_writes_nothing()
    {
        using var admin = await app.AdminAsync();
        var before = (await admin.GetJsonAsync<Page<UserRow>>("/api/identity/users?pageSize=1")).TotalCount;

        var problem = await (await admin.PostAsync("/api/identity/users", new { userName = "a b", displayName = "", password = "x", departmentId = Guid.NewGuid(), roles = new[] { "nosuchrole" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors!.Keys.ShouldContain("userName");
        problem.Errors.Keys.ShouldContain("displayName");
        var second = await (await admin.PostAsync("/api/identity/users", new { userName = "valid_name", displayName = "某人", password = "x", departmentId = Guid.NewGuid(), roles = new[] { "nosuchrole" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        second.Errors!["departmentId"].ShouldBe(["所选部门不存在"]);
        second.Errors["roles"][0].ShouldContain("nosuchrole");
        (await admin.GetJsonAsync<Page<UserRow>>("/api/identity/users?pageSize=1")).TotalCount.ShouldBe(before);
    }

    [Fact]
    public async Task A_duplicate_user_name_is_a_field_error()
    {
        using var admin = await app.AdminAsync();
        var existing = await TestUsers.CreateAsync(admin, "TRB");
        var departmentId = await TestUsers.DepartmentIdAsync(admin, "TRB");

        var problem = await (await admin.PostAsync("/api/identity/users", new { userName = existing.UserName, displayName = "重名", password = TestUsers.Password, departmentId, roles = Array.Empty<string>() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors!["userName"][0].ShouldContain("已存在");
    }

    [Fact]
    public async Task An_edit_based_on_a_stale_version_is_a_conflict_not_an_overwrite()
    {
        using var admin = await app.AdminAsync();
        var user = await TestUsers.CreateAsync(admin, "TRB");
        var update = new { displayName = "第一次修改", departmentId = user.DepartmentId, roles = new[] { "approver" }, concurrencyStamp = user.ConcurrencyStamp };

        var first = await (await admin.PutAsync($"/api/identity/users/{user.Id}", update)).ReadJsonAsync<UserRow>(HttpStatusCode.OK);
        var second = await (await admin.PutAsync($"/api/identity/users/{user.Id}", update with { displayName = "第二次修改" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        first.Roles.ShouldBe(["approver"]);
        second.Detail!.ShouldContain("已被他人修改");
        var reread = await admin.GetJsonAsync<Page<UserRow>>($"/api/identity/users?search={user.UserName}");
        reread.Items.ShouldHaveSingleItem().DisplayName.ShouldBe("第一次修改");
    }

    [Fact]
    public async Task A_user_is_marked_department_head_and_unmarked_by_an_edit()
    {
        using var admin = await app.AdminAsync();
        var user = await TestUsers.CreateAsync(admin, "EEB", "approver");
        var edit = new { displayName = user.DisplayName, departmentId = user.DepartmentId, roles = new[] { "approver" }, concurrencyStamp = user.ConcurrencyStamp, isDepartmentHead = true };

        var head = await (await admin.PutAsync($"/api/identity/users/{user.Id}", edit)).ReadJsonAsync<UserRow>(HttpStatusCode.OK);
        var withoutFlag = new { displayName = user.DisplayName, departmentId = user.DepartmentId, roles = new[] { "approver" }, concurrencyStamp = head.ConcurrencyStamp };
        var notHead = await (await admin.PutAsync($"/api/identity/users/{user.Id}", withoutFlag)).ReadJsonAsync<UserRow>(HttpStatusCode.OK);

        user.IsDepartmentHead.ShouldBeFalse();
        head.IsDepartmentHead.ShouldBeTrue();
        notHead.IsDepartmentHead.ShouldBeFalse(); // an edit sends the whole user: no flag is no head
    }

    [Fact]
    public async Task A_department_user_manager_sees_and_manages_only_their_department()
    {
        using var admin = await app.AdminAsync();
        var role = "deptadmin" + Guid.NewGuid().ToString("N")[..6];
        var created = await (await admin.PostAsync("/api/identity/roles", new { name = role, displayName = "部门用户管理员" })).ReadJsonAsync<RoleRow>(HttpStatusCode.Created);
        (await admin.PutAsync($"/api/identity/roles/{created.Id}/permissions", new { permissions = new[] { "Identity.Users.View", "Identity.Users.Manage" } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var colleague = await TestUsers.CreateAsync(admin, "HEA");
        var outsider = await TestUsers.CreateAsync(admin, "EEB");
        var (_, manager) = await TestUsers.CreateSignedInAsync(app, admin, "HEA", role);

        var seen = await manager.GetJsonAsync<Page<UserRow>>("/api/identity/users?pageSize=200");

        seen.Items.ShouldAllBe(u => u.DepartmentName == "区卫生健康局");
        seen.Items.ShouldContain(u => u.Id == colleague.Id);
        (await manager.PostAsync($"/api/identity/users/{outsider.Id}/disable")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await manager.PostAsync($"/api/identity/users/{colleague.Id}/disable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var otherDepartment = await TestUsers.DepartmentIdAsync(admin, "EEB");
        var problem = await (await manager.PostAsync("/api/identity/users", new { userName = "x" + Guid.NewGuid().ToString("N")[..8], displayName = "越权", password = TestUsers.Password, departmentId = otherDepartment }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors!["departmentId"].ShouldBe(["只能在本部门内管理用户"]);
    }

    [Fact]
    public async Task The_user_export_has_Chinese_headers_follows_the_filters_and_is_audited()
    {
        using var admin = await app.AdminAsync();
        var user = await TestUsers.CreateAsync(admin, "WAT", "unit");

        using var export = await admin.GetAsync($"/api/identity/users/export?search={user.UserName}");

        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = rows.ShouldHaveSingleItem();
        row.Keys.ShouldBe(["用户名", "姓名", "部门", "角色", "电话", "邮箱", "部门负责人", "状态"]);
        row["用户名"].ShouldBe(user.UserName);
        row["部门"].ShouldBe("区水务局");
        row["角色"].ShouldBe("项目实施单位");
        row["状态"].ShouldBe("启用");
        var audit = await admin.GetJsonAsync<Page<AuditRow>>("/api/identity/audit-logs?action=导出&entityType=AppUser&userName=admin");
        audit.Items.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_reset_password_is_temporary()
    {
        using var admin = await app.AdminAsync();
        var (user, _) = await TestUsers.CreateSignedInAsync(app, admin, "EDU");

        (await admin.PostAsync($"/api/identity/users/{user.Id}/reset-password", new { newPassword = "Reset@2026" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var session = await app.SignInAsync(user.UserName, "Reset@2026");
        (await session.GetJsonAsync<Me>("/api/account/me")).MustChangePassword.ShouldBeTrue();
    }
}

public sealed record RoleRow(Guid Id, string Name, string DisplayName, string? Description, string[] Permissions, int UserCount, bool IsStatic);

public sealed class UserAdminTestsOnSqlite(SqliteApp app) : UserAdminTests<SqliteApp>(app);

[Trait(Db.Trait, Db.Postgres)]
public sealed class UserAdminTestsOnPostgres(PostgresApp app) : UserAdminTests<PostgresApp>(app);
