using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Http;

namespace InvestmentPipeline.Identity.Security;

/// <summary>Until a temporary password is changed, the API answers only the account endpoints.</summary>
internal sealed class PasswordChangeGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(AppUserClaimsFactory.MustChangePasswordClaim, "true")
            && context.Request.Path.StartsWithSegments("/api")
            && !context.Request.Path.StartsWithSegments("/api/account"))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await ProblemResults.Problem(StatusCodes.Status403Forbidden, "请先修改初始密码后再使用系统。", "Identity.PasswordChangeRequired").ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
