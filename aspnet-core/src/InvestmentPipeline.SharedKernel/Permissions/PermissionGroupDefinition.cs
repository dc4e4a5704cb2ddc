namespace InvestmentPipeline.SharedKernel.Permissions;

/// <summary>A permission a role can be granted; the name is what endpoints require.</summary>
public sealed record PermissionDefinition(string Name, string DisplayName, string DisplayNameEn);

/// <summary>The permissions one module declares in its Contracts, shown together on the roles page.</summary>
public sealed record PermissionGroupDefinition(
    string Name,
    string DisplayName,
    string DisplayNameEn,
    IReadOnlyList<PermissionDefinition> Permissions);
