using System.Net;

namespace InvestmentPipeline.Testing;

/// <summary>Behaves like the Angular client: keeps cookies and echoes XSRF-TOKEN as X-XSRF-TOKEN on writes.</summary>
public sealed class CookieAndXsrfHandler : DelegatingHandler
{
    public CookieContainer Cookies { get; } = new();

    public bool SendXsrfHeader { get; set; } = true;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var header = Cookies.GetCookieHeader(uri);
        if (!string.IsNullOrEmpty(header))
        {
            request.Headers.Remove("Cookie");
            request.Headers.Add("Cookie", header);
        }

        if (SendXsrfHeader && request.Method != HttpMethod.Get && Cookies.GetCookies(uri)["XSRF-TOKEN"] is { } token)
        {
            request.Headers.Remove("X-XSRF-TOKEN");
            request.Headers.Add("X-XSRF-TOKEN", token.Value);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var cookie in setCookies)
            {
                Cookies.SetCookies(uri, cookie);
            }
        }

        return response;
    }
}
