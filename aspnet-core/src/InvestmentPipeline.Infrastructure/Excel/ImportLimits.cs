using System.Threading.RateLimiting;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Infrastructure.Excel;

/// <summary>
/// What one workbook import may cost (configuration section <c>Imports</c>): a sheet is refused while it is read as soon
/// as it holds more data rows than <see cref="MaxRows"/>, an answer lists at most <see cref="MaxProblemsListed"/>
/// problems (with the total), and a user runs at most <see cref="ConcurrentPerUser"/> imports at once.
/// </summary>
public sealed class ImportLimits
{
    public const string Section = "Imports";

    public int MaxRows { get; set; } = 20_000;

    public int MaxProblemsListed { get; set; } = 1_000;

    public int ConcurrentPerUser { get; set; } = 1;

    /// <summary>The workbook's parts once unzipped: a small file that unpacks to gigabytes is refused before it is read.</summary>
    public long MaxUnpackedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Rows a sheet may run to, blank ones included, before it is refused (blank rows cost reading time too).</summary>
    public int MaxSheetRows => (MaxRows * 2) + SheetHeader.SearchRows;
}

public static class ImportLimitsRegistration
{
    public const string ConcurrencyPolicy = "imports";

    public static IServiceCollection AddImportLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(ImportLimits.Section).Get<ImportLimits>() ?? new ImportLimits();
        services.AddSingleton(limits);
        services.AddSingleton<ImportSheetReader>();
        services.AddRateLimiter(o => o.AddPolicy(ConcurrencyPolicy, new ImportConcurrencyPolicy(limits)));
        return services;
    }

    /// <summary>An import endpoint: one user's imports run one at a time (by default), the rest are answered 429 at once.</summary>
    public static RouteHandlerBuilder LimitedAsImport(this RouteHandlerBuilder builder) =>
        builder.RequireRateLimiting(ConcurrencyPolicy).ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>Partitions by the signed-in user; requests without one are left to authorization (401), not limited here.</summary>
    private sealed class ImportConcurrencyPolicy(ImportLimits limits) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, ct) =>
        {
            var http = context.HttpContext;
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            await ProblemResults.Problem(StatusCodes.Status429TooManyRequests, "您的上一个导入仍在进行，请等待其完成后再导入。", "ImportInProgress")
                .ExecuteAsync(http);
        };

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
            httpContext.GetCurrentUser().Id is { } user
                ? RateLimitPartition.GetConcurrencyLimiter(user.ToString(), _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.ConcurrentPerUser,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty);
    }
}
