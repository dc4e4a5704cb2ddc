using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InvestmentPipeline.Infrastructure.Web;

/// <summary>Problem responses with Chinese titles, for handlers' typed results.</summary>
public static class ProblemResults
{
    public static ProblemHttpResult Problem(int status, string detail, string? code = null) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: status,
            title: ChineseProblemTitles.For(status),
            extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });

    public static ProblemHttpResult NotFound(string what) => Problem(StatusCodes.Status404NotFound, $"{what}不存在或已被删除。", "NotFound");

    public static ProblemHttpResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, detail, "Conflict");

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: ChineseProblemTitles.For(400), detail: message);

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: ChineseProblemTitles.For(400), detail: string.Join("；", errors.SelectMany(e => e.Value)));
}
