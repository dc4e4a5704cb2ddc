using InvestmentPipeline.Infrastructure.Jobs;
using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.SharedKernel.Events;
using InvestmentPipeline.SignedContracts.Contracts;
using InvestmentPipeline.SignedContracts.Data;
using InvestmentPipeline.SignedContracts.EventHandlers;
using InvestmentPipeline.SignedContracts.Features;
using InvestmentPipeline.SignedContracts.Features.Contracts;
using InvestmentPipeline.SignedContracts.Features.Funds;
using InvestmentPipeline.SignedContracts.Features.Reminders;
using InvestmentPipeline.SignedContracts.Features.Sheet;
using InvestmentPipeline.SignedContracts.Features.Statistics;
using InvestmentPipeline.SignedContracts.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.SignedContracts;

/// <summary>签约项目: contracts followed from signing to landing — milestones, funds arrived, 履约, coordination, the ledger, figures and reminders.</summary>
public static class SignedContractsModule
{
    public static IServiceCollection AddSignedContractsModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(SignedContractsPermissions.Group);
        services.AddModuleDbContext<SignedContractsDbContext, SqliteSignedContractsDbContext, PostgresSignedContractsDbContext>(database, SignedContractsDbContext.ModuleName);
        services.AddScoped<References>();
        services.AddScoped<ContractQueries>();
        services.AddScoped<ContractImport>();
        services.AddSingleton<EvidenceStore>();
        services.AddScoped<ISignedContractDirectory, SignedContractDirectory>();
        services.AddScoped<IIntegrationEventHandler<LeadSignedIntegrationEvent>, LeadSignedHandler>();
        services.AddScoped<ContractReminderJob>();
        services.AddSingleton<IRecurringJobSetup, ContractReminderJobSetup>();
        services.AddScoped<IDataSeeder, RateDefinitionSeeder>();
        services.AddScoped<IDataSeeder, DemoContractSeeder>();
        return services;
    }

    public static RouteGroupBuilder MapSignedContractsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var contracts = endpoints.MapGroup("/api/signed-contracts").WithTags("SignedContracts").AddEndpointFilter<ValidationFilter>();
        contracts.MapContractStatistics();
        contracts.MapContractReminders();
        contracts.MapContractSheets();
        contracts.MapContracts();
        contracts.MapContractActions();
        contracts.MapFunds();
        return contracts;
    }
}
