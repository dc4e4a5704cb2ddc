using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace InvestmentPipeline.Infrastructure.Web;

/// <summary>
/// The SPA's antiforgery scheme: page loads (and GET /api/account/me) set the readable XSRF-TOKEN cookie,
/// and every state-changing /api request must echo it in the X-XSRF-TOKEN header.
/// </summary>
public sealed class AntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string CookieName = "XSRF-TOKEN";
    public const string HeaderName = "X-XSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isApi = request.Path.StartsWithSegments("/api");
        if (HttpMethods.IsGet(request.Method))
        {
            if (!isApi ? !Path.HasExtension(request.Path.Value) : request.Path.StartsWithSegments("/api/account/me"))
            {
                IssueToken(context);
            }
        }
        else if (isApi && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method))
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await ProblemResults.Problem(StatusCodes.Status400BadRequest, "请求校验失败（防伪令牌缺失或无效），请刷新页面后重试。", "Antiforgery")
                    .ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }

    /// <summary>Issues a token bound to the current user; call again after sign-in or sign-out changes the user.</summary>
    public static void IssueToken(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetService(typeof(IAntiforgery)) as IAntiforgery;
        var tokens = antiforgery!.GetAndStoreTokens(context);
        context.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
    }
}
