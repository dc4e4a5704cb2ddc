using System.Net;

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
}

public sealed class RestartTestsOnSqlite() : RestartTests(DatabaseKind.Sqlite);

[Trait(Db.Trait, Db.Postgres)]
public sealed class RestartTestsOnPostgres() : RestartTests(DatabaseKind.PostgreSQL);
