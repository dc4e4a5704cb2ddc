using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Infrastructure.Jobs;
using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Data;
using InvestmentPipeline.Scheduling.EventHandlers;
using InvestmentPipeline.Scheduling.Features;
using InvestmentPipeline.Scheduling.Features.Briefs;
using InvestmentPipeline.Scheduling.Features.Escalation;
using InvestmentPipeline.Scheduling.Features.Inspections;
using InvestmentPipeline.Scheduling.Features.ProblemCategories;
using InvestmentPipeline.Scheduling.Features.Problems;
using InvestmentPipeline.Scheduling.Features.Progress;
using InvestmentPipeline.Scheduling.Features.Reminders;
using InvestmentPipeline.Scheduling.Features.Statistics;
using InvestmentPipeline.Scheduling.Features.Warnings;
using InvestmentPipeline.Scheduling.Seeding;
using InvestmentPipeline.SharedKernel.Events;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Scheduling;

/// <summary>项目调度: monthly progress, the figures, the red/yellow warnings and the brief; the coordination problems, and the inspections with their rectifications.</summary>
public static class SchedulingModule
{
    public static IServiceCollection AddSchedulingModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(SchedulingPermissions.Group);
        services.AddModuleDbContext<SchedulingDbContext, SqliteSchedulingDbContext, PostgresSchedulingDbContext>(database, SchedulingDbContext.ModuleName);
        services.AddScoped<IDataSeeder, ProblemCategorySeeder>();
        services.AddScoped<IDataSeeder, DemoProgressSeeder>();
        services.AddScoped<IDataSeeder, RateDefinitionSeeder>();
        services.AddScoped<StatisticsQueries>();
        services.AddScoped<TrendQueries>();
        services.AddScoped<YearToDateReports>();
        services.AddScoped<ProgressQueries>();
        services.AddScoped<ProgressImport>();
        services.AddScoped<IDataSeeder, WarningRuleSeeder>();
        services.AddScoped<WarningEvaluator>();
        services.AddScoped<PreProcedureStatusReader>();
        services.AddScoped<IIntegrationEventHandler<ApprovalsCompletedIntegrationEvent>, ApprovalsCompletedHandler>();
        services.AddScoped<WarningQueries>();
        services.AddScoped<WarningNightlyJob>();
        services.AddSingleton<IRecurringJobSetup, WarningNightlyJobSetup>();
        services.AddScoped<BriefGenerator>();
        services.AddScoped<References>();
        services.AddScoped<ProblemQueries>();
        services.AddScoped<InspectionQueries>();
        services.AddScoped<IDataSeeder, DemoProblemSeeder>();
        services.AddScoped<IDataSeeder, DemoWarningSeeder>();
        services.AddScoped<OverdueEscalationJob>();
        services.AddSingleton<IRecurringJobSetup, OverdueEscalationJobSetup>();
        services.AddScoped<LateUnitQueries>();
        services.AddScoped<ProgressReminderJob>();
        services.AddSingleton<IRecurringJobSetup, ProgressReminderJobSetup>();
        return services;
    }

    public static RouteGroupBuilder MapSchedulingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var scheduling = endpoints.MapGroup("/api/scheduling").WithTags("Scheduling").AddEndpointFilter<ValidationFilter>();
        scheduling.MapProblemCategories();
        scheduling.MapProgress();
        scheduling.MapProgressSheets();
        scheduling.MapReportPhotos();
        scheduling.MapStatistics();
        scheduling.MapWarnings();
        scheduling.MapBriefs();
        scheduling.MapProblems();
        scheduling.MapInspections();
        scheduling.MapReminders();
        return scheduling;
    }
}
