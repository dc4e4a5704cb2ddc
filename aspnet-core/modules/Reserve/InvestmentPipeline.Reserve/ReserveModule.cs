using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.EventHandlers;
using InvestmentPipeline.Reserve.Features.FundingMatch;
using InvestmentPipeline.Reserve.Features.Plans;
using InvestmentPipeline.Reserve.Features.PreWorkFunds;
using InvestmentPipeline.Reserve.Features.Projects;
using InvestmentPipeline.Reserve.Features.Ranking;
using InvestmentPipeline.Reserve.Features.Sectors;
using InvestmentPipeline.Reserve.Seeding;
using InvestmentPipeline.SharedKernel.Events;
using InvestmentPipeline.SignedContracts.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Reserve;

/// <summary>项目库: the project master record, the reserve library (curation, pre-work funds, ranking, funding-channel match) and the annual plan.</summary>
public static class ReserveModule
{
    public static IServiceCollection AddReserveModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(ReservePermissions.Group);
        services.AddModuleDbContext<ReserveDbContext, SqliteReserveDbContext, PostgresReserveDbContext>(database, ReserveDbContext.ModuleName);
        services.AddScoped<IDataSeeder, SectorSeeder>();
        services.AddScoped<IDataSeeder, DemoProjectSeeder>();
        services.AddScoped<IDataSeeder, DemoPreWorkFundSeeder>();
        services.AddScoped<IDataSeeder, DemoPlanSeeder>();
        services.AddScoped<IDataSeeder, RankingCriterionSeeder>();
        services.AddScoped<IDataSeeder, DemoAssessmentSeeder>();
        services.AddScoped<ProjectQueries>();
        services.AddScoped<ProjectDetailsReader>();
        services.AddScoped<DuplicateProjects>();
        services.AddScoped<ProjectRanking>();
        services.AddScoped<PlanQueries>();
        services.AddScoped<PlanImport>();
        services.AddScoped<PlanYearValuesReader>();
        services.AddScoped<IAnnualPlanDirectory, AnnualPlanDirectory>();
        services.AddScoped<IReserveProjectDirectory, ReserveProjectDirectory>();
        services.AddScoped<IIntegrationEventHandler<ContractLandingIntegrationEvent>, ContractLandingHandler>();
        services.AddScoped<IIntegrationEventHandler<ApprovalsCompletedIntegrationEvent>, ApprovalsCompletedHandler>();
        return services;
    }

    public static RouteGroupBuilder MapReserveEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var reserve = endpoints.MapGroup("/api/reserve").WithTags("Reserve").AddEndpointFilter<ValidationFilter>();
        reserve.MapSectors();
        var projects = reserve.MapGroup("/projects");
        projects.MapProjectReads();
        projects.MapProjectWrites();
        reserve.MapReserveCuration();
        reserve.MapPreWorkFunds();
        reserve.MapPlans();
        reserve.MapPlanSheets();
        reserve.MapRanking();
        reserve.MapProjectAssessment();
        reserve.MapFundingMatch();
        return reserve;
    }
}
