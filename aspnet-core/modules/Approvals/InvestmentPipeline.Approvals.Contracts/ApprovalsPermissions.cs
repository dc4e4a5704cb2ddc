using InvestmentPipeline.SharedKernel.Permissions;

namespace InvestmentPipeline.Approvals.Contracts;

public static class ApprovalsPermissions
{
    public const string View = "Approvals.View";
    public const string Manage = "Approvals.Manage";
    public const string Decide = "Approvals.Decide";

    public static readonly PermissionGroupDefinition Group = new("Approvals", "前期审批", "pre-construction approvals",
    [
        new(View, "查看前期审批", "View pre-construction approvals"),
        new(Manage, "管理前期审批", "Manage pre-construction approvals"),
        new(Decide, "办理审批步骤", "Decide approval steps"),
    ]);
}
