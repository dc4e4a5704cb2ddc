using InvestmentPipeline.Reserve.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Reserve;

/// <summary>The module's registration: its services, permissions and route group (the use cases arrive with its issue).</summary>
public static class ReserveModule
{
    public static IServiceCollection AddReserveModule(this IServiceCollection services) =>
        services.AddSingleton(ReservePermissions.Group);

    public static RouteGroupBuilder MapReserveEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/reserve").WithTags("Reserve");
}
