using InvestmentPipeline.Approvals;
using InvestmentPipeline.Identity;
using InvestmentPipeline.Infrastructure;
using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Leads;
using InvestmentPipeline.Reserve;
using InvestmentPipeline.Scheduling;
using InvestmentPipeline.SignedContracts;
using Serilog;

namespace InvestmentPipeline.Host.Composition;

/// <summary>The table of contents: which modules the host is made of, and the order requests pass through.</summary>
public static class AppComposition
{
    public static WebApplicationBuilder AddInvestmentPipeline(this WebApplicationBuilder builder)
    {
        var database = builder.AddAppInfrastructure();
        builder.AddAppLogging(database.DataDirectory);

        builder.Services.AddIdentityModule(builder.Configuration, database);
        builder.Services.AddLeadsModule(database);
        builder.Services.AddSignedContractsModule(database);
        builder.Services.AddReserveModule(database);
        builder.Services.AddApprovalsModule(database);
        builder.Services.AddSchedulingModule(database);

        builder.Services.AddAuthorization();
        builder.Services.AddAppOpenApi();
        builder.Services.AddAppHealthChecks();
        builder.Services.AddSingleton<StartupState>();
        return builder;
    }

    public static WebApplication UseInvestmentPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto });
        app.UseSerilogRequestLogging();
        app.UseAppErrorHandling();
        app.UseRouting();
        app.UseAuthentication();
        // after authentication: the import limit is per signed-in user (the login limit is per address)
        app.UseRateLimiter();
        app.UseMiddleware<FailedWriteAuditMiddleware>();
        app.UseMiddleware<AntiforgeryMiddleware>();
        app.UseAuthorization();
        app.UseIdentityModule();
        app.UseAppHangfireDashboard();
        app.MapAppOpenApi();
        app.MapAppHealthChecks();

        app.MapIdentityEndpoints();
        app.MapLeadsEndpoints();
        app.MapSignedContractsEndpoints();
        app.MapReserveEndpoints();
        app.MapApprovalsEndpoints();
        app.MapSchedulingEndpoints();

        app.MapAngularApp();
        return app;
    }
}
