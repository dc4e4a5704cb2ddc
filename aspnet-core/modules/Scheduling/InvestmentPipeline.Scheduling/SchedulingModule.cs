using InvestmentPipeline.Scheduling.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Scheduling;

/// <summary>The module's registration: its services, permissions and route group (the use cases arrive with its issue).</summary>
public static class SchedulingModule
{
    public static IServiceCollection AddSchedulingModule(this IServiceCollection services) =>
        services.AddSingleton(SchedulingPermissions.Group);

    public static RouteGroupBuilder MapSchedulingEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/scheduling").WithTags("Scheduling");
}
