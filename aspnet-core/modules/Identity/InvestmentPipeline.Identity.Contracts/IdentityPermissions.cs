using InvestmentPipeline.SharedKernel.Permissions;

namespace InvestmentPipeline.Identity.Contracts;

public static class IdentityPermissions
{
    public const string UsersView = "Identity.Users.View";
    public const string UsersManage = "Identity.Users.Manage";
    public const string DepartmentsView = "Identity.Departments.View";
    public const string DepartmentsManage = "Identity.Departments.Manage";

    /// <summary>Remember a 简称 met in an import (「记住此简称」), without managing departments.</summary>
    public const string DepartmentAliasesAdd = "Identity.DepartmentAliases.Add";
    public const string RolesView = "Identity.Roles.View";
    public const string RolesManage = "Identity.Roles.Manage";
    public const string AuditLogsView = "Identity.AuditLogs.View";
    public const string BackgroundJobs = "Identity.BackgroundJobs";

    public static readonly PermissionGroupDefinition Group = new("Identity", "系统管理", "Administration",
    [
        new(UsersView, "查看用户", "View users"),
        new(UsersManage, "管理用户", "Manage users"),
        new(DepartmentsView, "查看部门", "View departments"),
        new(DepartmentsManage, "管理部门", "Manage departments"),
        new(DepartmentAliasesAdd, "添加部门/乡镇简称", "Add department aliases"),
        new(RolesView, "查看角色权限", "View roles"),
        new(RolesManage, "管理角色权限", "Manage roles"),
        new(AuditLogsView, "查看审计日志", "View the audit log"),
        new(BackgroundJobs, "后台任务面板", "Background jobs dashboard"),
        new(DataScopePermissions.AllDepartments, "查看全部部门数据", "See every department's data"),
    ]);
}
