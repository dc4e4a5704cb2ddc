using System.Net;
using InvestmentPipeline.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Identity.Tests;

public abstract class RestartTests(DatabaseKind kind)
{
    [Fact]
    public async Task Data_survives_a_restart_and_migrations_and_seeding_run_again_harmlessly()
    {
        var first = new AppFactory(kind);
        await ((IAsyncLifetime)first).InitializeAsync();
        using var admin = await first.AdminAsync();
        var user = await TestUsers.CreateAsync(admin, "DRC");
        var departments = (await admin.GetJsonAsync<List<DepartmentRow>>("/api/identity/departments")).Count;

        var second = AppFactory.RestartOn(first);
        using var again = await second.SignInAsync("admin", DemoPasswords.Admin);

        (await again.GetJsonAsync<Page<UserRow>>($"/api/identity/users?search={user.UserName}")).Items.ShouldHaveSingleItem().Id.ShouldBe(user.Id);
        (await again.GetJsonAsync<List<DepartmentRow>>("/api/identity/departments")).Count.ShouldBe(departments);
        (await again.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await second.DisposeAsync();
        await ((IAsyncLifetime)first).DisposeAsync();
    }

    [Fact]
    public async Task A_static_role_gets_a_default_added_by_a_later_release_once_and_keeps_what_an_administrator_removed()
    {
        var first = new AppFactory(kind);
        await ((IAsyncLifetime)first).InitializeAsync();
        using var admin = await first.AdminAsync();
        var drc = (await admin.GetJsonAsync<List<RoleRow>>("/api/identity/roles")).Single(r => r.Name == "drc");
        drc.Permissions.ShouldContain("Approvals.Manage");
        drc.Permissions.ShouldContain("Reserve.Submit");
        (await admin.PutAsync($"/api/identity/roles/{drc.Id}/permissions", new { permissions = drc.Permissions.Where(p => p != "Reserve.Submit") }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await first.InScopeAsync(async sp =>
        {
            // As a database made before Approvals.Manage was one of 发改委's defaults.
            var db = sp.GetRequiredService<IdentityModuleDbContext>();
            var role = await db.Roles.SingleAsync(r => r.Id == drc.Id);
            role.OfferedPermissions.Remove("Approvals.Manage");
            await db.SaveChangesAsync();
            return await db.RoleClaims.Where(c => c.RoleId == drc.Id && c.ClaimValue == "Approvals.Manage").ExecuteDeleteAsync();
        });

        var second = AppFactory.RestartOn(first);
        using var again = await second.SignInAsync("admin", DemoPasswords.Admin);
        var after = (await again.GetJsonAsync<List<RoleRow>>("/api/identity/roles")).Single(r => r.Name == "drc");
        var third = AppFactory.RestartOn(first);
        using var once = await third.SignInAsync("admin", DemoPasswords.Admin);
        var afterAnother = (await once.GetJsonAsync<List<RoleRow>>("/api/identity/roles")).Single(r => r.Name == "drc");

        after.Permissions.ShouldContain("Approvals.Manage");
        after.Permissions.ShouldNotContain("Reserve.Submit");
        afterAnother.Permissions.Order().ShouldBe(after.Permissions.Order());
        await third.DisposeAsync();
        await second.DisposeAsync();
        await ((IAsyncLifetime)first).DisposeAsync();
    }
}

public sealed class RestartTestsOnSqlite() : RestartTests(DatabaseKind.Sqlite);

[Trait(Db.Trait, Db.Postgres)]
public sealed class RestartTestsOnPostgres() : RestartTests(DatabaseKind.PostgreSQL);
