using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace InvestmentPipeline.Testing;

/// <summary>One browser-like session against the test host: cookies, antiforgery header, JSON helpers.</summary>
public sealed class ApiSession(HttpClient client, CookieAndXsrfHandler handler) : IDisposable
{
    public CookieAndXsrfHandler Handler => handler;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public HttpClient Client => client;

    public async Task<HttpResponseMessage> LoginRawAsync(string userName, string password)
    {
        await client.GetAsync("/"); // like opening the app: sets XSRF-TOKEN
        return await client.PostAsJsonAsync("/api/account/login", new { userName, password });
    }

    public async Task LoginAsync(string userName, string password)
    {
        using var response = await LoginRawAsync(userName, password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public Task<HttpResponseMessage> GetAsync(string url) => client.GetAsync(url);

    public Task<HttpResponseMessage> PostAsync(string url, object? body = null) =>
        body is null ? client.PostAsync(url, null) : client.PostAsJsonAsync(url, body);

    public Task<HttpResponseMessage> PutAsync(string url, object body) => client.PutAsJsonAsync(url, body);

    public Task<HttpResponseMessage> DeleteAsync(string url) => client.DeleteAsync(url);

    public async Task<T> GetJsonAsync<T>(string url)
    {
        using var response = await client.GetAsync(url);
        return await response.ReadJsonAsync<T>(HttpStatusCode.OK);
    }

    public void Dispose() => client.Dispose();
}

public static class HttpResponseAssertions
{
    public static async Task<T> ReadJsonAsync<T>(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return JsonSerializer.Deserialize<T>(body, ApiSession.Json)!;
    }

    /// <summary>Asserts an RFC 7807 answer with a Chinese title and returns it.</summary>
    public static async Task<Problem> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var problem = JsonSerializer.Deserialize<Problem>(body, ApiSession.Json)!;
        problem.Title.ShouldNotBeNullOrWhiteSpace();
        problem.Title.ShouldContain(c => c > 0x4E00, "title should be Chinese: " + problem.Title);
        return problem;
    }
}

public sealed record Problem(string? Title, int? Status, string? Detail, string? Code, Dictionary<string, string[]>? Errors);
