using System.Net;

namespace InvestmentPipeline.Identity.Tests;

public abstract class DepartmentAndRoleTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task The_district_tree_is_seeded_under_the_district_government()
    {
        using var admin = await app.AdminAsync();

        var departments = await admin.GetJsonAsync<List<DepartmentRow>>("/api/identity/departments");

        var root = departments.Single(d => d.Code == "GOV");
        root.ParentId.ShouldBeNull();
        root.Name.ShouldBe("区政府");
        string[] expected = ["区发展和改革委员会", "区招商局", "区自然资源局", "区生态环境局", "区住房和城乡建设局", "区交通运输局", "区财政局", "区审计局", "区水务局", "区教育局", "区卫生健康局", "区委区政府督查室", "区重点项目办公室", "乡镇/街道"];
        expected.ShouldBeSubsetOf(departments.Where(d => d.ParentId == root.Id).Select(d => d.Name));
        var towns = departments.Single(d => d.Code == "TOWNS");
        departments.Count(d => d.ParentId == towns.Id).ShouldBeGreaterThan(3);
    }

    [Fact]
    public async Task A_department_cannot_move_under_its_own_child_nor_be_deleted_while_it_has_members()
    {
        using var admin = await app.AdminAsync();
        var code = "T" + Guid.NewGuid().ToString("N")[..8];
        var parent = await (await admin.PostAsync("/api/identity/departments", new { parentId = (Guid?)null, name = "测试上级", code, sortOrder = 900 }))
            .ReadJsonAsync<DepartmentRow>(HttpStatusCode.Created);
        var child = await (await admin.PostAsync("/api/identity/departments", new { parentId = parent.Id, name = "测试下级", code = code + "C", sortOrder = 1 }))
            .ReadJsonAsync<DepartmentRow>(HttpStatusCode.Created);

        var cycle = await (await admin.PutAsync($"/api/identity/departments/{parent.Id}", new { parentId = child.Id, name = "测试上级", code, sortOrder = 900, concurrencyStamp = parent.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        cycle.Detail.ShouldBe("部门不能移动到其自身或其下级部门之下");

        await TestUsers.CreateAsync(admin, code + "C");
        var inUse = await (await admin.DeleteAsync($"/api/identity/departments/{child.Id}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        inUse.Detail!.ShouldContain("1 个用户");
        var duplicate = await (await admin.PostAsync("/api/identity/departments", new { parentId = parent.Id, name = "重复", code, sortOrder = 2 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        duplicate.Errors!.ShouldContainKey("code");
    }

    [Fact]
    public async Task A_stale_department_edit_is_a_conflict()
    {
        using var admin = await app.AdminAsync();
        var code = "T" + Guid.NewGuid().ToString("N")[..8];
        var department = await (await admin.PostAsync("/api/identity/departments", new { parentId = (Guid?)null, name = "并发测试", code, sortOrder = 1 }))
            .ReadJsonAsync<DepartmentRow>(HttpStatusCode.Created);

        (await admin.PutAsync($"/api/identity/departments/{department.Id}", new { parentId = (Guid?)null, name = "改一", code, sortOrder = 1, concurrencyStamp = department.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await admin.PutAsync($"/api/identity/departments/{department.Id}", new { parentId = (Guid?)null, name = "改二", code, sortOrder = 1, concurrencyStamp = department.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Taking_a_permission_from_a_role_takes_effect_on_its_members_sessions()
    {
        using var admin = await app.AdminAsync();
        var created = await (await admin.PostAsync("/api/identity/roles", new { name = "viewer" + Guid.NewGuid().ToString("N")[..6], displayName = "部门查看" }))
            .ReadJsonAsync<RoleRow>(HttpStatusCode.Created);
        (await admin.PutAsync($"/api/identity/roles/{created.Id}/permissions", new { permissions = new[] { "Identity.Departments.View" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, member) = await TestUsers.CreateSignedInAsync(app, admin, "FIN", created.Name);
        (await member.GetAsync("/api/identity/departments")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var updated = await (await admin.PutAsync($"/api/identity/roles/{created.Id}/permissions", new { permissions = Array.Empty<string>() }))
            .ReadJsonAsync<RoleRow>(HttpStatusCode.OK);
        app.Time.Advance(TimeSpan.FromMinutes(2));

        updated.Permissions.ShouldBeEmpty();
        (await member.GetAsync("/api/identity/departments")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Unknown_permissions_are_refused()
    {
        using var admin = await app.AdminAsync();
        var roles = await admin.GetJsonAsync<List<RoleRow>>("/api/identity/roles");
        var leader = roles.Single(r => r.Name == "leader");

        var problem = await (await admin.PutAsync($"/api/identity/roles/{leader.Id}/permissions", new { permissions = new[] { "Leads.View", "Everything.Ever" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors!["permissions"][0].ShouldContain("Everything.Ever");
        (await admin.GetJsonAsync<List<RoleRow>>("/api/identity/roles")).Single(r => r.Name == "leader").Permissions.ShouldBe(leader.Permissions);
    }
}

public sealed class DepartmentAndRoleTestsOnSqlite(SqliteApp app) : DepartmentAndRoleTests<SqliteApp>(app);

[Trait(Db.Trait, Db.Postgres)]
public sealed class DepartmentAndRoleTestsOnPostgres(PostgresApp app) : DepartmentAndRoleTests<PostgresApp>(app);
