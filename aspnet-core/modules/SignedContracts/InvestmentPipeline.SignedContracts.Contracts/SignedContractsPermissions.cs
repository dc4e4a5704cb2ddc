using InvestmentPipeline.SharedKernel.Permissions;

namespace InvestmentPipeline.SignedContracts.Contracts;

public static class SignedContractsPermissions
{
    public const string View = "SignedContracts.View";
    public const string Manage = "SignedContracts.Manage";

    public static readonly PermissionGroupDefinition Group = new("SignedContracts", "签约项目", "signed contracts",
    [
        new(View, "查看签约项目", "View signed contracts"),
        new(Manage, "管理签约项目", "Manage signed contracts"),
    ]);
}
