using InvestmentPipeline.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InvestmentPipeline.Identity.Security;

/// <summary>A password mixes at least N of: upper case, lower case, digits, symbols.</summary>
internal sealed class CharacterClassPasswordValidator(IOptions<LoginPolicyOptions> policy) : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var required = policy.Value.PasswordCharacterClasses;
        return Task.FromResult(CountClasses(password ?? string.Empty) >= required
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordClasses", Description = $"密码须包含大写字母、小写字母、数字、符号中的至少 {required} 类" }));
    }

    public static int CountClasses(string password) =>
        new[] { password.Any(char.IsUpper), password.Any(char.IsLower), password.Any(char.IsDigit), password.Any(c => !char.IsLetterOrDigit(c)) }
            .Count(present => present);
}
