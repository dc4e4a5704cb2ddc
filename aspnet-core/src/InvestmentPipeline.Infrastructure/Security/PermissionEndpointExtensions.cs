using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace InvestmentPipeline.Infrastructure.Security;

/// <summary>Endpoint metadata naming the permission it requires; the endpoint-inventory test reads it.</summary>
public sealed record RequiredPermission(string Name);

public static class PermissionEndpointExtensions
{
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder
            .RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireClaim(AppClaimTypes.Permission, permission))
            .WithMetadata(new RequiredPermission(permission));

    /// <summary>Signed-in users only, whatever their permissions (e.g. "who am I", change my password).</summary>
    public static TBuilder RequireSignedIn<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy.RequireAuthenticatedUser()).WithMetadata(new RequiredPermission(SignedIn));

    public const string SignedIn = "(signed-in)";
}
