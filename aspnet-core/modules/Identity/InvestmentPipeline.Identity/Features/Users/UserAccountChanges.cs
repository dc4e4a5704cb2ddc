using InvestmentPipeline.Identity.Data;
using InvestmentPipeline.Identity.Domain;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Identity.Features.Users;

/// <summary>Disable, enable and reset: each ends the user's current sessions (new security stamp).</summary>
internal sealed class UserAccountChanges(IdentityModuleDbContext db, UserManager<AppUser> users)
{
    public async Task<Results<NoContent, ProblemHttpResult>> SetDisabledAsync(Guid id, bool disabled, HttpContext http)
    {
        var actor = http.GetCurrentUser();
        var user = await UserEndpoints.ScopedUsers(db, actor).FirstOrDefaultAsync(u => u.Id == id);
        if (user is null)
        {
            return ProblemResults.NotFound("用户");
        }

        if (disabled && user.Id == actor.Id)
        {
            return ProblemResults.Problem(StatusCodes.Status422UnprocessableEntity, "不能停用当前登录的本人账户。", "Identity.CannotDisableSelf");
        }

        user.IsDisabled = disabled;
        if (!disabled)
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
        }

        await users.UpdateSecurityStampAsync(user);
        return TypedResults.NoContent();
    }

    public async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ResetPasswordAsync(Guid id, ResetPasswordRequest request, HttpContext http)
    {
        var user = await UserEndpoints.ScopedUsers(db, http.GetCurrentUser()).FirstOrDefaultAsync(u => u.Id == id);
        if (user is null)
        {
            return ProblemResults.NotFound("用户");
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, request.NewPassword);
        if (!result.Succeeded)
        {
            return IdentityProblems.Invalid(result, "newPassword");
        }

        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        return TypedResults.NoContent();
    }
}
