using System.Net;
using Microsoft.Extensions.Options;

namespace InvestmentPipeline.Identity.Tests;

public sealed class ProductionSeedApp() : AppFactory(DatabaseKind.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Seed:Demo"] = "false",
        ["Seed:AdminPassword"] = "Prod#Start2026",
    };
}

/// <summary>Outside demo mode: base data and admin only, and admin's first password is temporary.</summary>
public sealed class ProductionSeedTests(ProductionSeedApp app) : IClassFixture<ProductionSeedApp>
{
    [Fact]
    public async Task Only_admin_is_seeded_and_must_change_the_configured_password_at_first_login()
    {
        using var admin = await app.SignInAsync("admin", "Prod#Start2026");

        (await admin.GetJsonAsync<Me>("/api/account/me")).MustChangePassword.ShouldBeTrue();
        (await admin.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.NewSession().LoginRawAsync("fgw", DemoPasswords.User)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await admin.PostAsync("/api/account/change-password", new { currentPassword = "Prod#Start2026", newPassword = "Prod#Mine2026" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var users = await admin.GetJsonAsync<Page<UserRow>>("/api/identity/users");
        users.Items.ShouldHaveSingleItem().UserName.ShouldBe("admin");
        (await admin.GetJsonAsync<List<DepartmentRow>>("/api/identity/departments")).Count.ShouldBeGreaterThan(20);
    }
}

public sealed class RetentionFloorTests
{
    [Fact]
    public async Task A_retention_below_180_days_stops_the_host_from_starting()
    {
        await using var app = new ShortRetentionApp();

        var error = await Should.ThrowAsync<OptionsValidationException>(((IAsyncLifetime)app).InitializeAsync);

        error.Message.ShouldContain("180");
    }

    private sealed class ShortRetentionApp() : AppFactory(DatabaseKind.Sqlite)
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Audit:RetentionDays"] = "90" };
    }
}
