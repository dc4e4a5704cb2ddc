using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Infrastructure.Auditing;

/// <summary>
/// Successful writes are audited with their entity changes; this records the writes that did not happen
/// (refused, invalid, conflicting or failed), so the log shows every attempt and its outcome.
/// </summary>
public sealed class FailedWriteAuditMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);

        var status = context.Response.StatusCode;
        if (status < 400 || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            || HttpMethods.IsOptions(context.Request.Method) || !context.Request.Path.StartsWithSegments("/api")
            || context.Items.ContainsKey(AlreadyAuditedKey))
        {
            return;
        }

        var writer = context.RequestServices.GetRequiredService<AuditWriter>();
        await writer.WriteAsync(
            status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden ? AuditActions.AccessDenied : AuditActions.RequestFailed,
            AuditOutcomes.Failure,
            e =>
            {
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value;
                e.EntityType = $"{context.Request.Method} {route}".Truncate(128);
                e.Detail = $"{context.Request.Method} {context.Request.Path} → HTTP {status}";
            },
            CancellationToken.None);
    }

    /// <summary>Set by endpoints that audit their own failures (e.g. login), so the attempt is not written twice.</summary>
    public const string AlreadyAuditedKey = "audit.done";
}

public static class StringTruncation
{
    public static string Truncate(this string value, int max) => value.Length <= max ? value : value[..max];
}
