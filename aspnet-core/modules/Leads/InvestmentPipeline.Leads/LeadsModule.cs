using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Leads.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Leads;

/// <summary>The module's registration: its services, permissions and route group (the use cases arrive with its issue).</summary>
public static class LeadsModule
{
    public static IServiceCollection AddLeadsModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(LeadsPermissions.Group);
        return services;
    }

    public static RouteGroupBuilder MapLeadsEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/leads").WithTags("Leads");
}
