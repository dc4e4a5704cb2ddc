using System.Net;
using System.Text.Json;
using InvestmentPipeline.Identity.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Identity.Tests;

public abstract class DepartmentAliasTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task The_usual_short_forms_are_seeded_and_towns_get_none()
    {
        using var admin = await app.AdminAsync();

        var departments = await admin.GetJsonAsync<List<DepartmentRow>>("/api/identity/departments");

        departments.Single(d => d.Code == "DRC").Aliases.ShouldBe(["区发改委", "区发改局", "发改委", "发改局"], ignoreOrder: true);
        departments.Single(d => d.Code == "HUD").Aliases!.ShouldContain("区住建局");
        departments.Single(d => d.Code == "HEA").Aliases!.ShouldContain("区卫健局");
        departments.Single(d => d.Code == "GOV").Aliases.ShouldBe(["区人民政府"]);
        departments.Single(d => d.Code == "UCI").Aliases!.ShouldContain("城投");
        var towns = departments.Single(d => d.Code == "TOWNS").Id;
        departments.Where(d => d.ParentId == towns).ShouldAllBe(d => d.Aliases!.Length == 0);
    }

    [Fact]
    public async Task The_directory_gives_each_department_its_aliases_for_the_resolver()
    {
        var all = await app.InScopeAsync(sp => sp.GetRequiredService<IDepartmentDirectory>().GetAllAsync(CancellationToken.None));
        var names = new DepartmentNames(all);

        all.Single(d => d.Code == "HEA").Aliases.ShouldContain("卫健委");
        names.Resolve("区发改委", NameScope.Departments).Department!.Code.ShouldBe("DRC");
        names.Resolve("区卫健局", NameScope.Departments).Kind.ShouldBe(NameMatchKind.Alias);
        names.Resolve("石灰窑乡", NameScope.Towns).Department!.Name.ShouldBe("石灰窑回族乡");
    }

    [Fact]
    public async Task Replacing_the_aliases_trims_them_collapses_duplicates_and_bumps_the_stamp()
    {
        using var admin = await app.AdminAsync();
        var department = await CreateDepartmentAsync(admin);
        var (one, two) = (Unique("甲"), Unique("乙"));

        var first = await (await admin.PutAsync(AliasesOf(department), new { aliases = new[] { $" {one} ", one, two, $"{two} " }, concurrencyStamp = department.ConcurrencyStamp }))
            .ReadJsonAsync<DepartmentRow>(HttpStatusCode.OK);
        var second = await (await admin.PutAsync(AliasesOf(department), new { aliases = new[] { two, Unique("丙") }, concurrencyStamp = first.ConcurrencyStamp }))
            .ReadJsonAsync<DepartmentRow>(HttpStatusCode.OK);

        first.Aliases.ShouldBe([one, two], ignoreOrder: true);
        first.ConcurrencyStamp.ShouldNotBe(department.ConcurrencyStamp);
        second.Aliases!.Length.ShouldBe(2);
        second.Aliases.ShouldContain(two);
        second.Aliases.ShouldNotContain(one);
        (await admin.GetJsonAsync<List<DepartmentRow>>("/api/identity/departments")).Single(d => d.Id == department.Id).Aliases.ShouldBe(second.Aliases, ignoreOrder: true);
    }

    [Fact]
    public async Task An_alias_edit_based_on_a_stale_version_is_a_conflict()
    {
        using var admin = await app.AdminAsync();
        var department = await CreateDepartmentAsync(admin);
        (await admin.PutAsync(AliasesOf(department), new { aliases = new[] { Unique("甲") }, concurrencyStamp = department.ConcurrencyStamp })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var problem = await (await admin.PutAsync(AliasesOf(department), new { aliases = new[] { Unique("乙") }, concurrencyStamp = department.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.Detail.ShouldBe("该部门已被他人修改，请刷新后重试。");
    }

    [Fact]
    public async Task An_alias_used_by_another_department_is_refused()
    {
        using var admin = await app.AdminAsync();
        var department = await CreateDepartmentAsync(admin);

        var alias = await (await admin.PutAsync(AliasesOf(department), new { aliases = new[] { Unique("甲"), "发 改委" }, concurrencyStamp = department.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var name = await (await admin.PutAsync(AliasesOf(department), new { aliases = new[] { "区财政局" }, concurrencyStamp = department.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var own = await (await admin.PutAsync(AliasesOf(department), new { aliases = new[] { department.Name }, concurrencyStamp = department.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        alias.Errors!["aliases"].ShouldBe(["「发 改委」已是「区发展和改革委员会」的简称"]);
        name.Errors!["aliases"].ShouldBe(["「区财政局」是「区财政局」的名称，不能作为其他部门的简称"]);
        own.Errors!["aliases"][0].ShouldContain("就是本部门的名称");
        (await admin.GetJsonAsync<List<DepartmentRow>>("/api/identity/departments")).Single(d => d.Id == department.Id).Aliases.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_empty_or_too_long_alias_is_a_field_error()
    {
        using var admin = await app.AdminAsync();
        var department = await CreateDepartmentAsync(admin);

        var problem = await (await admin.PutAsync(AliasesOf(department), new { aliases = new[] { "  ", new string('长', 65) }, concurrencyStamp = department.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var single = await (await admin.PostAsync("/api/identity/department-aliases", new { departmentId = department.Id, alias = " " }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors!["aliases"][0].ShouldContain("简称不能为空");
        problem.Errors["aliases"][0].ShouldContain("超过 64 个字符");
        single.Errors!.Keys.ShouldBe(["alias"]);
    }

    [Fact]
    public async Task Remembering_an_alias_adds_it_once_and_refuses_one_that_names_another_place()
    {
        using var admin = await app.AdminAsync();
        var department = await CreateDepartmentAsync(admin);
        var alias = Unique("记");

        var added = await admin.PostAsync("/api/identity/department-aliases", new { departmentId = department.Id, alias = $" {alias}" });
        var again = await admin.PostAsync("/api/identity/department-aliases", new { departmentId = department.Id, alias });
        var elsewhere = await (await admin.PostAsync("/api/identity/department-aliases", new { departmentId = department.Id, alias = "区住建局" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var aName = await (await admin.PostAsync("/api/identity/department-aliases", new { departmentId = department.Id, alias = "区审计局" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        (await added.ReadJsonAsync<AliasRow>(HttpStatusCode.Created)).ShouldBe(new AliasRow(department.Id, department.Name, alias));
        (await again.ReadJsonAsync<AliasRow>(HttpStatusCode.OK)).Alias.ShouldBe(alias);
        elsewhere.Detail.ShouldBe("「区住建局」已是「区住房和城乡建设局」的简称");
        aName.Detail.ShouldBe("「区审计局」是「区审计局」的名称，不能作为其他部门的简称");
        var row = (await admin.GetJsonAsync<List<DepartmentRow>>("/api/identity/departments")).Single(d => d.Id == department.Id);
        row.Aliases.ShouldBe([alias]);
        row.ConcurrencyStamp.ShouldNotBe(department.ConcurrencyStamp);
    }

    [Fact]
    public async Task A_double_click_on_remember_adds_the_alias_once()
    {
        using var admin = await app.AdminAsync();
        var department = await CreateDepartmentAsync(admin);
        var alias = Unique("双");
        var body = new { departmentId = department.Id, alias };

        var responses = await Task.WhenAll(admin.PostAsync("/api/identity/department-aliases", body), admin.PostAsync("/api/identity/department-aliases", body));

        responses.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Created]);
        (await admin.GetJsonAsync<List<DepartmentRow>>("/api/identity/departments")).Single(d => d.Id == department.Id).Aliases.ShouldBe([alias]);
    }

    [Fact]
    public async Task Remembering_an_alias_needs_its_permission_which_the_importing_roles_have_by_default()
    {
        using var admin = await app.AdminAsync();
        var department = await CreateDepartmentAsync(admin);
        using var approver = await app.SignInAsync("zrzy");
        using var drc = await app.SignInAsync("fgw");

        var refused = await approver.PostAsync("/api/identity/department-aliases", new { departmentId = department.Id, alias = Unique("权") });
        var allowed = await drc.PostAsync("/api/identity/department-aliases", new { departmentId = department.Id, alias = Unique("权") });
        var noManage = await drc.PutAsync(AliasesOf(department), new { aliases = Array.Empty<string>(), concurrencyStamp = department.ConcurrencyStamp });

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        allowed.StatusCode.ShouldBe(HttpStatusCode.Created);
        noManage.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var roles = await admin.GetJsonAsync<List<RoleRow>>("/api/identity/roles");
        foreach (var importing in new[] { "admin", "drc", "investment", "keyoffice" })
        {
            roles.Single(r => r.Name == importing).Permissions.ShouldContain(IdentityPermissions.DepartmentAliasesAdd);
        }

        roles.Single(r => r.Name == "approver").Permissions.ShouldNotContain(IdentityPermissions.DepartmentAliasesAdd);
    }

    [Fact]
    public async Task Alias_writes_and_their_cascade_delete_are_audited_with_the_department()
    {
        using var admin = await app.AdminAsync();
        var department = await CreateDepartmentAsync(admin);
        var alias = Unique("审");
        (await admin.PutAsync(AliasesOf(department), new { aliases = new[] { alias }, concurrencyStamp = department.ConcurrencyStamp })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.DeleteAsync($"/api/identity/departments/{department.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var created = await AliasAuditAsync(admin, "创建", alias);
        var deleted = await AliasAuditAsync(admin, "删除", alias);
        created.GetProperty("after").GetProperty("DepartmentId").GetGuid().ShouldBe(department.Id);
        deleted.GetProperty("before").GetProperty("DepartmentId").GetGuid().ShouldBe(department.Id);
        var other = await CreateDepartmentAsync(admin);
        (await admin.PostAsync("/api/identity/department-aliases", new { departmentId = other.Id, alias })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_department_cannot_be_named_as_another_departments_alias()
    {
        using var admin = await app.AdminAsync();
        var department = await CreateDepartmentAsync(admin);

        var problem = await (await admin.PutAsync($"/api/identity/departments/{department.Id}",
                new { parentId = department.ParentId, name = "区卫健委", code = department.Code, sortOrder = 1, concurrencyStamp = department.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors!["name"][0].ShouldContain("「区卫生健康局」的简称");
    }

    private static string AliasesOf(DepartmentRow department) => $"/api/identity/departments/{department.Id}/aliases";

    private static string Unique(string stem) => $"简{stem}{Guid.NewGuid().ToString("N")[..8]}";

    private static async Task<DepartmentRow> CreateDepartmentAsync(ApiSession admin)
    {
        var code = "A" + Guid.NewGuid().ToString("N")[..8];
        return await (await admin.PostAsync("/api/identity/departments", new { parentId = (Guid?)null, name = "简称测试" + code, code, sortOrder = 1 }))
            .ReadJsonAsync<DepartmentRow>(HttpStatusCode.Created);
    }

    private static async Task<JsonElement> AliasAuditAsync(ApiSession admin, string action, string alias)
    {
        var page = await admin.GetJsonAsync<Page<AuditRow>>($"/api/identity/audit-logs?action={action}&entityType=DepartmentAlias&pageSize=200");
        return page.Items.Select(r => JsonDocument.Parse(r.Changes!).RootElement)
            .Single(c => c.GetProperty(action == "创建" ? "after" : "before").GetProperty("Alias").GetString() == alias);
    }

    private sealed record AliasRow(Guid DepartmentId, string DepartmentName, string Alias);
}

public sealed class DepartmentAliasTestsOnSqlite(SqliteApp app) : DepartmentAliasTests<SqliteApp>(app);

[Trait(Db.Trait, Db.Postgres)]
public sealed class DepartmentAliasTestsOnPostgres(PostgresApp app) : DepartmentAliasTests<PostgresApp>(app);
