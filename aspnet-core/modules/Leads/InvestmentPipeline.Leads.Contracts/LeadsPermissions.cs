using InvestmentPipeline.SharedKernel.Permissions;

namespace InvestmentPipeline.Leads.Contracts;

public static class LeadsPermissions
{
    public const string View = "Leads.View";
    public const string Manage = "Leads.Manage";

    /// <summary>统筹: work every lead in scope (not only one's own), reassign owners, keep the 重点招商目录.</summary>
    public const string Supervise = "Leads.Supervise";

    public static readonly PermissionGroupDefinition Group = new("Leads", "招商线索", "investment leads",
    [
        new(View, "查看招商线索", "View investment leads"),
        new(Manage, "管理招商线索（本人负责的线索）", "Manage one's own investment leads"),
        new(Supervise, "统筹招商线索（全部线索、分派、招商目录）", "Supervise all leads, assign owners, keep the industry catalogue"),
    ]);
}
