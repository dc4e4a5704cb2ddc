namespace InvestmentPipeline.Infrastructure.Security;

public static class AppClaimTypes
{
    public const string UserId = System.Security.Claims.ClaimTypes.NameIdentifier;
    public const string UserName = System.Security.Claims.ClaimTypes.Name;
    public const string DisplayName = "display_name";
    public const string DepartmentId = "department_id";
    public const string DepartmentName = "department_name";
    public const string Permission = "permission";
}
