using InvestmentPipeline.SharedKernel.Permissions;

namespace InvestmentPipeline.Scheduling.Contracts;

public static class SchedulingPermissions
{
    public const string View = "Scheduling.View";
    public const string Manage = "Scheduling.Manage";
    public const string Report = "Scheduling.Report";
    public const string Inspect = "Scheduling.Inspect";

    public static readonly PermissionGroupDefinition Group = new("Scheduling", "项目调度", "project scheduling",
    [
        new(View, "查看项目调度", "View project scheduling"),
        new(Manage, "管理项目调度", "Manage project scheduling"),
        new(Report, "填报月度进展", "Report monthly progress"),
        new(Inspect, "督查与整改", "Inspections"),
    ]);
}
