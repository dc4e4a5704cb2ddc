using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.Leads.Data;
using InvestmentPipeline.Infrastructure.Jobs;
using InvestmentPipeline.Leads.Features.FollowUps;
using InvestmentPipeline.Leads.Features.Funnel;
using InvestmentPipeline.Leads.Features.Industries;
using InvestmentPipeline.Leads.Features.Leads;
using InvestmentPipeline.Leads.Features.Reminders;
using InvestmentPipeline.Leads.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Leads;

/// <summary>招商线索: the 重点招商目录, leads worked through their stages with follow-ups, duplicates, the funnel and reminders.</summary>
public static class LeadsModule
{
    public static IServiceCollection AddLeadsModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(LeadsPermissions.Group);
        services.AddModuleDbContext<LeadsDbContext, SqliteLeadsDbContext, PostgresLeadsDbContext>(database, LeadsDbContext.ModuleName);
        services.AddScoped<IDataSeeder, IndustryCatalogueSeeder>();
        services.AddScoped<IDataSeeder, DemoLeadSeeder>();
        services.AddScoped<IIndustryCatalogue, IndustryCatalogue>();
        services.AddScoped<LeadQueries>();
        services.AddScoped<LeadReminderJob>();
        services.AddSingleton<IRecurringJobSetup, LeadReminderJobSetup>();
        return services;
    }

    public static RouteGroupBuilder MapLeadsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var leads = endpoints.MapGroup("/api/leads").WithTags("Leads").AddEndpointFilter<ValidationFilter>();
        leads.MapIndustries();
        leads.MapLeadReads();
        leads.MapLeadWrites();
        leads.MapFollowUps();
        leads.MapFunnel();
        leads.MapLeadReminders();
        return leads;
    }
}
