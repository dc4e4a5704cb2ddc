using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace InvestmentPipeline.Identity.Features;

internal static class IdentityProblems
{
    /// <summary>Identity's errors as field errors; password and user-name errors land on those fields.</summary>
    public static ValidationProblem Invalid(IdentityResult result, string passwordField = "password") =>
        ProblemResults.Invalid(result.Errors
            .GroupBy(e => e.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordMismatch) => "currentPassword",
                _ when e.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                _ when e.Code.Contains("UserName", StringComparison.Ordinal) => "userName",
                _ when e.Code.Contains("Email", StringComparison.Ordinal) => "email",
                _ when e.Code.Contains("Role", StringComparison.Ordinal) => "name",
                _ => string.Empty,
            })
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));

    public static bool IsConcurrencyFailure(this IdentityResult result) =>
        result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure));
}
