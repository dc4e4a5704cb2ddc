using System.Net;
using System.Text.Json;

namespace InvestmentPipeline.Host.Tests;

public sealed class HostTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Health_endpoints_answer_without_login_once_migrations_ran()
    {
        using var session = app.NewSession();

        (await session.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await session.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_OpenAPI_document_and_the_Scalar_reference_are_served()
    {
        using var session = app.NewSession();

        using var document = JsonDocument.Parse(await (await session.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync());
        document.RootElement.GetProperty("openapi").GetString()!.ShouldStartWith("3.");
        document.RootElement.GetProperty("paths").TryGetProperty("/api/account/login", out _).ShouldBeTrue();
        var scalar = await session.GetAsync("/scalar/v1");
        scalar.StatusCode.ShouldBe(HttpStatusCode.OK);
        scalar.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
    }

    [Fact]
    public async Task Opening_the_app_sets_a_script_readable_antiforgery_cookie()
    {
        using var session = app.NewSession();

        using var response = await session.GetAsync("/");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal));
        cookie.ShouldNotContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
    }

    [Fact]
    public async Task Unknown_API_routes_and_malformed_bodies_get_Chinese_problem_details_never_a_500()
    {
        using var admin = await app.AdminAsync();

        var missing = await (await admin.GetAsync("/api/identity/nothing-here")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var malformed = new StringContent("{\"userName\": ", System.Text.Encoding.UTF8, "application/json");
        var bad = await (await admin.Client.PostAsync("/api/identity/users", malformed)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var wrongType = new StringContent("{\"name\":\"x\",\"code\":\"X1\",\"sortOrder\":\"abc\"}", System.Text.Encoding.UTF8, "application/json");
        var typed = await (await admin.Client.PostAsync("/api/identity/departments", wrongType)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        missing.Title.ShouldBe("请求的资源不存在");
        bad.Detail!.ShouldContain("请求格式有误");
        typed.Detail!.ShouldContain("请求格式有误");
    }

    [Fact]
    public async Task Unauthenticated_API_calls_get_401_problem_not_a_redirect()
    {
        using var session = app.NewSession();

        var problem = await (await session.GetAsync("/api/identity/users")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        problem.Detail!.ShouldContain("请重新登录");
    }

    [Fact]
    public async Task The_Hangfire_dashboard_is_for_administrators_only()
    {
        using var anonymous = app.NewSession();
        using var auditor = await app.SignInAsync("sjy");
        using var admin = await app.AdminAsync();

        (await anonymous.GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await auditor.GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var dashboard = await admin.GetAsync("/hangfire");
        dashboard.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await dashboard.Content.ReadAsStringAsync()).ShouldContain("后台任务");
    }
}
