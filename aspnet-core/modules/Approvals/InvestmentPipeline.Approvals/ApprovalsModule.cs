using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Features.Calendar;
using InvestmentPipeline.Approvals.Features.Instances;
using InvestmentPipeline.Approvals.Features.Templates;
using InvestmentPipeline.Approvals.Features.TimeLimits;
using InvestmentPipeline.Infrastructure.Jobs;
using InvestmentPipeline.Approvals.Workflows;
using InvestmentPipeline.Approvals.Seeding;
using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Approvals;

/// <summary>前期审批: approval templates, workflows and the department inbox (the working-day calendar, versioned templates, approval instances with inboxes and decisions, and the workflow engine on our own store, working-day time limits with reminders and escalation).</summary>
public static class ApprovalsModule
{
    public static IServiceCollection AddApprovalsModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(ApprovalsPermissions.Group);
        services.AddModuleDbContext<ApprovalsDbContext, SqliteApprovalsDbContext, PostgresApprovalsDbContext>(database, ApprovalsDbContext.ModuleName);
        services.AddScoped<IDataSeeder, HolidayCalendarSeeder>();
        services.AddScoped<IDataSeeder, ApprovalTemplateSeeder>();
        services.AddScoped<TemplateQueries>();
        services.AddScoped<InstanceQueries>();
        services.AddSingleton<AttachmentStore>();
        services.AddScoped<TimeLimitQueries>();
        services.AddScoped<IApprovalProgress, ApprovalProgress>();
        services.AddScoped<TimeLimitJob>();
        services.AddSingleton<IRecurringJobSetup, TimeLimitJobSetup>();
        services.AddScoped<UnusedAttachmentSweep>();
        services.AddSingleton<IRecurringJobSetup, UnusedAttachmentSweepSetup>();
        services.AddApprovalWorkflowEngine(database);
        return services;
    }

    public static RouteGroupBuilder MapApprovalsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var approvals = endpoints.MapGroup("/api/approvals").WithTags("Approvals").AddEndpointFilter<ValidationFilter>();
        approvals.MapCalendar();
        approvals.MapTemplates();
        approvals.MapInstances();
        approvals.MapSteps();
        approvals.MapAssignments();
        approvals.MapForecast();
        approvals.MapAttachments();
        approvals.MapTimeLimits();
        return approvals;
    }
}
