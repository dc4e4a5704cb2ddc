using System.Net;
using System.Net.Http.Json;
using InvestmentPipeline.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Host.Tests;

public sealed class EndpointSecurityTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    /// <summary>The only endpoints anyone may call without signing in.</summary>
    private static readonly string[] AnonymousEndpoints =
    [
        "POST /api/account/login",
        "GET /health/live",
        "GET /health/ready",
        "GET /openapi/{documentName}.json",
        "GET /scalar/{documentName?}",
        "GET /scalar/scalar.js",
        "GET /scalar/scalar.aspnetcore.js",
        "GET /scalar/favicon.svg",
    ];

    private static readonly string[] DemoUsers = ["admin", "fgw", "zsj", "zszb", "zrzy", "sthj", "zjj", "cjtz", "dcs", "zdb", "qld", "sjy"];

    [Fact]
    public void Every_endpoint_is_either_in_the_short_anonymous_list_or_requires_a_permission()
    {
        var unexpected = new List<string>();
        foreach (var endpoint in Endpoints())
        {
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var permission = endpoint.Metadata.GetMetadata<RequiredPermission>();
            var name = Describe(endpoint);
            var isFallback = endpoint.RoutePattern.RawText!.Contains("regex(", StringComparison.Ordinal);
            if (anonymous ? !AnonymousEndpoints.Contains(name) && !isFallback : permission is null)
            {
                unexpected.Add(name);
            }
        }

        unexpected.ShouldBeEmpty();
        Endpoints().Count(e => e.Metadata.GetMetadata<RequiredPermission>() is not null).ShouldBeGreaterThan(15);
    }

    [Fact]
    public async Task No_role_reaches_an_endpoint_its_permissions_do_not_grant_and_every_granted_one_lets_it_in()
    {
        var guarded = Endpoints()
            .Select(e => (Endpoint: e, Permission: e.Metadata.GetMetadata<RequiredPermission>()))
            .Where(x => x.Permission is not null && x.Permission.Name != PermissionEndpointExtensions.SignedIn)
            .ToList();
        var wrong = new List<string>();
        foreach (var userName in DemoUsers)
        {
            using var session = await app.SignInAsync(userName, userName == "admin" ? DemoPasswords.Admin : DemoPasswords.User);
            var permissions = (await session.GetJsonAsync<Me>("/api/account/me")).Permissions;
            foreach (var (endpoint, permission) in guarded)
            {
                using var response = await SendAsync(session, endpoint);
                var allowed = permission!.AnyOf.Any(permissions.Contains);
                var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
                if (allowed == refused)
                {
                    wrong.Add($"{userName} {Describe(endpoint)} → {(int)response.StatusCode} (has {permission.Name}: {allowed})");
                }
            }
        }

        wrong.ShouldBeEmpty();
    }

    private static Task<HttpResponseMessage> SendAsync(ApiSession session, RouteEndpoint endpoint)
    {
        var method = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods[0];
        var path = "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter =>
                parameter.ParameterPolicies.Any(p => p.Content == "int") ? IntFor(parameter) : Guid.NewGuid().ToString(),
            _ => string.Empty,
        }))));
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true)
        {
            request.Content = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "upload.xlsx" } };
        }
        else if (method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(new { });
        }

        return session.Client.SendAsync(request);
    }

    /// <summary>A value its route accepts: the lower bound of a range (a month is 1–12), else a year.</summary>
    private static string IntFor(Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Select(p => p.Content).FirstOrDefault(c => c?.StartsWith("range(", StringComparison.Ordinal) == true) is { } range
            ? range["range(".Length..range.IndexOf(',', StringComparison.Ordinal)]
            : "2026";

    private IEnumerable<RouteEndpoint> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not null);

    private static string Describe(RouteEndpoint endpoint) =>
        $"{string.Join(",", endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods)} {endpoint.RoutePattern.RawText!.TrimEnd('/')}";
}
