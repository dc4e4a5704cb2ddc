using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using InvestmentPipeline.Identity.Domain;

namespace InvestmentPipeline.Identity.Tests;

public abstract class LoginTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task Login_sets_the_cookie_and_me_returns_user_department_roles_and_permissions()
    {
        using var session = await app.SignInAsync("zsj");

        var me = await session.GetJsonAsync<Me>("/api/account/me");

        me.UserName.ShouldBe("zsj");
        me.DepartmentName.ShouldBe("区招商局");
        me.Roles.ShouldBe(["招商局"]);
        me.Permissions.ShouldContain("Leads.Manage");
        me.Permissions.ShouldNotContain("Identity.Users.View");
        me.MustChangePassword.ShouldBeFalse();
    }

    [Fact]
    public async Task Unknown_user_and_wrong_password_get_the_same_answer_and_are_both_audited()
    {
        using var session = app.NewSession();
        var ghost = "ghost" + Guid.NewGuid().ToString("N")[..6];

        var unknown = await (await session.LoginRawAsync(ghost, "Whatever@1")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var wrong = await (await session.LoginRawAsync("fgw", "Wrong@12345")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        unknown.Detail.ShouldBe("用户名或密码错误");
        wrong.Detail.ShouldBe(unknown.Detail);
        using var admin = await app.AdminAsync();
        var failures = await admin.GetJsonAsync<Page<AuditRow>>($"/api/identity/audit-logs?action=登录失败&userName={ghost}");
        failures.Items.ShouldHaveSingleItem().Outcome.ShouldBe("失败");
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_thirty_minutes_even_against_the_right_password()
    {
        using var admin = await app.AdminAsync();
        var user = await TestUsers.CreateAsync(admin, "HUD");
        using var session = app.NewSession();
        for (var i = 0; i < 5; i++)
        {
            (await session.LoginRawAsync(user.UserName, "Wrong@12345")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var locked = await (await session.LoginRawAsync(user.UserName, TestUsers.Password)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        locked.Detail!.ShouldContain("锁定");
        var lockoutEnd = await app.InScopeAsync(async sp =>
            (await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(user.UserName))!.LockoutEnd);
        lockoutEnd!.Value.ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(29), DateTimeOffset.UtcNow.AddMinutes(31));
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        using var session = await app.SignInAsync("dcs");

        (await session.PostAsync("/api/account/logout")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await session.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_write_without_the_antiforgery_header_is_refused()
    {
        using var session = await app.SignInAsync("dcs");
        session.Handler.SendXsrfHeader = false;

        var problem = await (await session.PostAsync("/api/account/logout")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Code.ShouldBe("Antiforgery");
        (await session.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_can_again_once_enabled()
    {
        using var admin = await app.AdminAsync();
        var user = await TestUsers.CreateAsync(admin, "EDU");

        (await admin.PostAsync($"/api/identity/users/{user.Id}/disable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var session = app.NewSession();
        var refused = await (await session.LoginRawAsync(user.UserName, TestUsers.Password)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        refused.Detail!.ShouldContain("停用");

        (await admin.PostAsync($"/api/identity/users/{user.Id}/enable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await session.LoginRawAsync(user.UserName, TestUsers.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_new_password_must_mix_three_character_classes_and_have_eight_characters()
    {
        using var admin = await app.AdminAsync();
        var user = await TestUsers.CreateAsync(admin, "FIN");
        using var session = await app.SignInAsync(user.UserName, TestUsers.Password);

        foreach (var weak in new[] { "abcdefgh", "abcdEFGH", "Ab1!" })
        {
            var problem = await (await session.PostAsync("/api/account/change-password", new { currentPassword = TestUsers.Password, newPassword = weak }))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem.Errors!.ShouldContainKey("newPassword");
        }

        var wrongCurrent = await (await session.PostAsync("/api/account/change-password", new { currentPassword = "Nope@12345", newPassword = "abcdEF12" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        wrongCurrent.Errors!.ShouldContainKey("currentPassword");
        (await session.PostAsync("/api/account/change-password", new { currentPassword = TestUsers.Password, newPassword = "abcdEF12" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_user_with_a_temporary_password_can_only_change_it_until_they_do()
    {
        using var admin = await app.AdminAsync();
        var user = await TestUsers.CreateAsync(admin, "AUD", "auditor");
        using var session = await app.SignInAsync(user.UserName, TestUsers.Password);

        (await session.GetJsonAsync<Me>("/api/account/me")).MustChangePassword.ShouldBeTrue();
        var gated = await (await session.GetAsync("/api/identity/audit-logs")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        gated.Code.ShouldBe("Identity.PasswordChangeRequired");

        (await session.PostAsync("/api/account/change-password", new { currentPassword = TestUsers.Password, newPassword = "Changed@2026" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await session.GetAsync("/api/identity/audit-logs")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed record AuditRow(long Id, DateTime Time, string? UserName, string? DepartmentName, string? IpAddress, string Action, string? EntityType, string? EntityId, string Outcome, string? Changes, string? Detail);

public sealed class LoginTestsOnSqlite(SqliteApp app) : LoginTests<SqliteApp>(app);

[Trait(Db.Trait, Db.Postgres)]
public sealed class LoginTestsOnPostgres(PostgresApp app) : LoginTests<PostgresApp>(app);
