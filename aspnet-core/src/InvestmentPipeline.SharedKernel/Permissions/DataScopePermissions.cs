namespace InvestmentPipeline.SharedKernel.Permissions;

/// <summary>Without this permission a department user sees only what belongs to their own department.</summary>
public static class DataScopePermissions
{
    public const string AllDepartments = "DataScope.AllDepartments";
}
