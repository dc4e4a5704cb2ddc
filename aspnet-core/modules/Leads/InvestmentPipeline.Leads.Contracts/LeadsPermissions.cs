using InvestmentPipeline.SharedKernel.Permissions;

namespace InvestmentPipeline.Leads.Contracts;

public static class LeadsPermissions
{
    public const string View = "Leads.View";
    public const string Manage = "Leads.Manage";

    public static readonly PermissionGroupDefinition Group = new("Leads", "招商线索", "investment leads",
    [
        new(View, "查看招商线索", "View investment leads"),
        new(Manage, "管理招商线索", "Manage investment leads"),
    ]);
}
