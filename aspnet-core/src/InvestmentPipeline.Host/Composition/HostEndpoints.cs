using Hangfire;
using Hangfire.Dashboard;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;

namespace InvestmentPipeline.Host.Composition;

internal static class HostEndpoints
{
    public static IServiceCollection AddAppOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "投资项目全流程管理系统 API";
                document.Info.Description = "Cookie 认证；修改类请求须带 X-XSRF-TOKEN 请求头（取自 XSRF-TOKEN Cookie）。错误为 application/problem+json。";
                return Task.CompletedTask;
            });
            // Enums travel as their names: say so, so that client generators emit string unions and value lists.
            o.AddSchemaTransformer((schema, context, _) =>
            {
                var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
                if (type.IsEnum && schema.Enum is { Count: > 0 })
                {
                    schema.Type = Microsoft.OpenApi.JsonSchemaType.String;
                }

                return Task.CompletedTask;
            });
        });

    public static void MapAppOpenApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("投资项目全流程管理系统 API")).AllowAnonymous();
    }

    public static IServiceCollection AddAppHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        return services;
    }

    public static void MapAppHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    }

    public static void UseAppHangfireDashboard(this WebApplication app) =>
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            DashboardTitle = "后台任务",
            AppPath = "/",
            Authorization = [],
            AsyncAuthorization = [new PermissionDashboardFilter(IdentityPermissions.BackgroundJobs)],
        });

    /// <summary>Serves the built Angular app; client-side routes fall back to index.html, API paths never do.</summary>
    public static void MapAngularApp(this WebApplication app)
    {
        var root = AngularRoot(app);
        if (root is null)
        {
            app.Logger.LogWarning("未找到前端构建产物（angular/dist），只提供 API。运行 `npm run build`（angular 目录）后重启。");
            return;
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapFallbackToFile("{*path:nonfile:regex(^(?!api/|hangfire|openapi/|scalar|health/).*$)}", "index.html", new StaticFileOptions { FileProvider = files })
            .AllowAnonymous();
    }

    private static string? AngularRoot(WebApplication app)
    {
        var configured = app.Configuration["App:WebRoot"];
        string[] candidates =
        [
            .. configured is null ? Array.Empty<string>() : [Path.GetFullPath(configured, app.Environment.ContentRootPath)],
            Path.Combine(app.Environment.ContentRootPath, "wwwroot"),
            Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, "../../../angular/dist/investment-pipeline/browser")),
        ];
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "index.html")));
    }
}

internal sealed class PermissionDashboardFilter(string permission) : IDashboardAsyncAuthorizationFilter
{
    public Task<bool> AuthorizeAsync(DashboardContext context) =>
        Task.FromResult(context.GetHttpContext().User.HasClaim(AppClaimTypes.Permission, permission));
}
