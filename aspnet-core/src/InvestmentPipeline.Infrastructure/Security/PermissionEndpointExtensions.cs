using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace InvestmentPipeline.Infrastructure.Security;

/// <summary>Endpoint metadata naming the permissions it accepts (any one of them); the endpoint-inventory test reads it.</summary>
public sealed record RequiredPermission(params string[] AnyOf)
{
    public string Name => string.Join(" | ", AnyOf);
}

public static class PermissionEndpointExtensions
{
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder
            .RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireClaim(AppClaimTypes.Permission, permission))
            .WithMetadata(new RequiredPermission(permission));

    /// <summary>
    /// Any one of the permissions lets the caller in (e.g. a unit's Report or 重点办's Manage on the same action); the
    /// handler's domain rules then decide which records each may act on.
    /// </summary>
    public static TBuilder RequireAnyPermission<TBuilder>(this TBuilder builder, params string[] permissions)
        where TBuilder : IEndpointConventionBuilder =>
        builder
            .RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireClaim(AppClaimTypes.Permission, permissions))
            .WithMetadata(new RequiredPermission(permissions));

    /// <summary>Signed-in users only, whatever their permissions (e.g. "who am I", change my password).</summary>
    public static TBuilder RequireSignedIn<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy.RequireAuthenticatedUser()).WithMetadata(new RequiredPermission(SignedIn));

    public const string SignedIn = "(signed-in)";
}
