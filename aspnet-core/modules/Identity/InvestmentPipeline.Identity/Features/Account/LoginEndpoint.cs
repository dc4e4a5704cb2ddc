using InvestmentPipeline.Identity.Domain;
using InvestmentPipeline.Identity.Security;
using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace InvestmentPipeline.Identity.Features.Account;

internal static class LoginEndpoint
{
    public const string WrongCredentials = "用户名或密码错误";

    public static void MapLogin(this IEndpointRouteBuilder account) =>
        account.MapPost("/login", HandleAsync)
            .AllowAnonymous()
            .RequireRateLimiting(IdentityModule.LoginRateLimitPolicy)
            .WithName("Login")
            .WithSummary("登录（设置认证 Cookie）")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Results<Ok<CurrentUserDto>, ProblemHttpResult>> HandleAsync(
        LoginRequest request,
        HttpContext http,
        UserManager<AppUser> users,
        SignInManager<AppUser> signIn,
        AuditWriter audit,
        CurrentUserReader reader,
        IOptions<LoginPolicyOptions> policy)
    {
        http.Items[FailedWriteAuditMiddleware.AlreadyAuditedKey] = true;
        var user = await users.FindByNameAsync(request.UserName.Trim());
        var result = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            var (detail, reason) = result switch
            {
                { IsLockedOut: true } => ($"连续登录失败次数过多，账户已锁定，请 {policy.Value.LockoutMinutes} 分钟后再试", "账户已锁定"),
                { IsNotAllowed: true } => ("账户已停用，请联系系统管理员", "账户已停用"),
                _ => (WrongCredentials, user is null ? "用户不存在" : "密码错误"),
            };
            await audit.WriteAsync(AuditActions.LoginFailed, AuditOutcomes.Failure, e =>
            {
                e.UserId = user?.Id;
                e.UserName = request.UserName.Trim().Truncate(AppUser.UserNameMaxLength);
                e.EntityType = nameof(AppUser);
                e.EntityId = user?.Id.ToString();
                e.Detail = reason;
            });
            return ProblemResults.Problem(StatusCodes.Status400BadRequest, detail, "LoginFailed");
        }

        await signIn.SignInAsync(user!, isPersistent: false);
        http.User = await signIn.CreateUserPrincipalAsync(user!);
        AntiforgeryMiddleware.IssueToken(http);
        await audit.WriteAsync(AuditActions.Login, AuditOutcomes.Success, e =>
        {
            e.EntityType = nameof(AppUser);
            e.EntityId = user!.Id.ToString();
        });
        return TypedResults.Ok(await reader.ReadAsync(user!));
    }
}
