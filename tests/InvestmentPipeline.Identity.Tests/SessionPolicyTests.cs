using System.Net;

namespace InvestmentPipeline.Identity.Tests;

public sealed class TightLoginPolicyApp() : AppFactory(DatabaseKind.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["LoginPolicy:LoginAttemptsPerMinute"] = "3",
        ["LoginPolicy:SessionRevalidationSeconds"] = "1",
    };
}

/// <summary>Policies that need their own host: a tight rate limit, and a clock the test moves.</summary>
public sealed class SessionPolicyTests(TightLoginPolicyApp app) : IClassFixture<TightLoginPolicyApp>
{
    [Fact]
    public async Task Logins_beyond_the_per_minute_limit_get_429()
    {
        using var session = app.NewSession();
        for (var i = 0; i < 3; i++)
        {
            (await session.LoginRawAsync("nobody", "Wrong@12345")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var problem = await (await session.LoginRawAsync("nobody", "Wrong@12345")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        problem.Detail!.ShouldContain("频繁");
    }
}

public sealed class IdleTimeoutTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_session_idle_for_thirty_minutes_ends_but_an_active_one_slides_on()
    {
        using var active = await app.SignInAsync("qld");

        app.Time.Advance(TimeSpan.FromMinutes(20));
        (await active.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Time.Advance(TimeSpan.FromMinutes(20));
        (await active.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Time.Advance(TimeSpan.FromMinutes(31));

        await (await active.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
