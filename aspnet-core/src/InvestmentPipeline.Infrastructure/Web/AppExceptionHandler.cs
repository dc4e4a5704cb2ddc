using InvestmentPipeline.SharedKernel.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace InvestmentPipeline.Infrastructure.Web;

/// <summary>Turns the exceptions that describe the user's request into problem details instead of a 500.</summary>
public sealed class AppExceptionHandler(IProblemDetailsService problems, ILogger<AppExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail, code) = exception switch
        {
            BusinessRuleValidationException rule => (StatusCodes.Status422UnprocessableEntity, rule.Message, rule.Code),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "该记录已被他人修改，请刷新后重试。", "Concurrency"),
            DbUpdateException update when IsUniqueViolation(update) =>
                (StatusCodes.Status409Conflict, "同一记录刚刚已由他人创建（如同一项目同时列入计划），请刷新后重试。", "Duplicate"),
            BadHttpRequestException bad => (bad.StatusCode, "请求格式有误，请检查提交的数据（如 JSON 格式、字段类型）。", "BadRequest"),
            _ => (StatusCodes.Status500InternalServerError, "服务器处理请求时出错，请稍后再试或联系管理员。", "ServerError"),
        };
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = ChineseProblemTitles.For(status), Detail = detail };
        problem.Extensions["code"] = code;
        if (exception is BusinessRuleValidationException { Details: var details })
        {
            foreach (var (key, value) in details)
            {
                problem.Extensions[key] = value;
            }
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>
    /// Two requests that both checked "not there yet" and then inserted the same key: the second one lost a race the
    /// unique index decided, which is a conflict to retry, not a server error.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: SqliteUniqueViolation.Constraint, SqliteExtendedErrorCode: SqliteUniqueViolation.Unique or SqliteUniqueViolation.PrimaryKey } => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        _ => false,
    };

    private static class SqliteUniqueViolation
    {
        public const int Constraint = 19;
        public const int PrimaryKey = 1555;
        public const int Unique = 2067;
    }
}
