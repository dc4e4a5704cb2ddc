using InvestmentPipeline.Identity.Domain;
using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace InvestmentPipeline.Identity.Features.Account;

internal static class AccountEndpoints
{
    public static void MapAccount(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/api/account").WithTags("Account");
        account.MapLogin();
        account.MapPost("/logout", LogoutAsync).RequireSignedIn().WithName("Logout").WithSummary("退出登录");
        account.MapGet("/me", MeAsync).RequireSignedIn().WithName("GetCurrentUser").WithSummary("当前用户、部门、角色与权限");
        account.MapPost("/change-password", ChangePasswordAsync).RequireSignedIn().WithName("ChangePassword").WithSummary("修改本人密码");
    }

    private static async Task<NoContent> LogoutAsync(HttpContext http, SignInManager<AppUser> signIn, AuditWriter audit)
    {
        await audit.WriteAsync(AuditActions.Logout, AuditOutcomes.Success, e =>
        {
            e.EntityType = nameof(AppUser);
            e.EntityId = http.GetCurrentUser().Id?.ToString();
        });
        await signIn.SignOutAsync();
        http.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        AntiforgeryMiddleware.IssueToken(http);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<CurrentUserDto>, UnauthorizedHttpResult>> MeAsync(
        HttpContext http, UserManager<AppUser> users, CurrentUserReader reader)
    {
        var user = await users.GetUserAsync(http.User);
        return user is null ? TypedResults.Unauthorized() : TypedResults.Ok(await reader.ReadAsync(user));
    }

    private static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        if (request.NewPassword == request.CurrentPassword)
        {
            return ProblemResults.Invalid("newPassword", "新密码不能与当前密码相同");
        }

        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded)
        {
            return IdentityProblems.Invalid(result, "newPassword");
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return TypedResults.NoContent();
    }
}
