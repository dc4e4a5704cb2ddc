using System.Text.Json.Serialization;
using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Email;
using InvestmentPipeline.Infrastructure.Excel;
using InvestmentPipeline.Infrastructure.Jobs;
using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace InvestmentPipeline.Infrastructure;

public static class InfrastructureRegistration
{
    /// <summary>The cross-cutting parts every module relies on: database switch, audit, outbox jobs, problem details, antiforgery.</summary>
    public static DatabaseOptions AddAppInfrastructure(this IHostApplicationBuilder builder)
    {
        var database = DatabaseOptions.From(builder.Configuration, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(database.DataDirectory);
        var services = builder.Services;
        services.AddSingleton(database);
        services.AddSingleton<SeedSettings>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        // Numbers are numbers: strict handling also keeps OpenAPI from typing every int as "integer or string".
        // Enums travel by name ("UnderConstruction"), never by number.
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });

        services.AddScoped<AuditActorAccessor>();
        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<AuditWriter>();
        services.AddModuleDbContext<AuditDbContext, SqliteAuditDbContext, PostgresAuditDbContext>(database, AuditDbContext.Module, hasOutbox: false);

        services.AddAppHangfire(database, builder.Configuration);
        services.AddImportLimits(builder.Configuration);
        services.Configure<SmtpOptions>(builder.Configuration.GetSection("Smtp"));
        services.AddSingleton<IEmailSender, SmtpEmailSender>();

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var status = ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode;
            if (string.IsNullOrEmpty(ctx.ProblemDetails.Title) || IsAscii(ctx.ProblemDetails.Title))
            {
                ctx.ProblemDetails.Title = ChineseProblemTitles.For(status);
            }

            ctx.ProblemDetails.Extensions.Remove("exception");
        });
        services.AddExceptionHandler<AppExceptionHandler>();
        // Unreadable bodies and bad parameters become exceptions, so AppExceptionHandler answers them in Chinese.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryMiddleware.HeaderName;
            o.Cookie.Name = ".InvestmentPipeline.Antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return database;
    }

    private static bool IsAscii(string text) => text.All(c => c < 128);

    public static void UseAppErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }
}
