using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.SignedContracts.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.SignedContracts;

/// <summary>The module's registration: its services, permissions and route group (the use cases arrive with its issue).</summary>
public static class SignedContractsModule
{
    public static IServiceCollection AddSignedContractsModule(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(SignedContractsPermissions.Group);
        return services;
    }

    public static RouteGroupBuilder MapSignedContractsEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/signed-contracts").WithTags("SignedContracts");
}
