using InvestmentPipeline.SharedKernel.Permissions;

namespace InvestmentPipeline.Reserve.Contracts;

public static class ReservePermissions
{
    public const string View = "Reserve.View";
    public const string Manage = "Reserve.Manage";

    public static readonly PermissionGroupDefinition Group = new("Reserve", "项目库", "project library",
    [
        new(View, "查看项目库", "View project library"),
        new(Manage, "管理项目库", "Manage project library"),
    ]);
}
