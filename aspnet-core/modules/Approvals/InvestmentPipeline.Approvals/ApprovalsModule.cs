using InvestmentPipeline.Approvals.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Approvals;

/// <summary>The module's registration: its services, permissions and route group (the use cases arrive with its issue).</summary>
public static class ApprovalsModule
{
    public static IServiceCollection AddApprovalsModule(this IServiceCollection services) =>
        services.AddSingleton(ApprovalsPermissions.Group);

    public static RouteGroupBuilder MapApprovalsEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup("/api/approvals").WithTags("Approvals");
}
