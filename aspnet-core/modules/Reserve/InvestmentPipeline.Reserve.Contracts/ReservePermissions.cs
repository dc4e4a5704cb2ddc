using InvestmentPipeline.SharedKernel.Permissions;

namespace InvestmentPipeline.Reserve.Contracts;

public static class ReservePermissions
{
    public const string View = "Reserve.View";
    public const string Manage = "Reserve.Manage";
    public const string Submit = "Reserve.Submit";

    public static readonly PermissionGroupDefinition Group = new("Reserve", "项目库", "Project library",
    [
        new(View, "查看项目库", "View project library"),
        new(Submit, "申报与编辑项目", "Submit and edit projects"),
        new(Manage, "管理项目库（状态、全部项目）", "Manage the project library"),
    ]);
}
