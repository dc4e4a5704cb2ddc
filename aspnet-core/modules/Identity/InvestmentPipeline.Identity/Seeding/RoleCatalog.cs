using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.SharedKernel.Permissions;
using InvestmentPipeline.SignedContracts.Contracts;

namespace InvestmentPipeline.Identity.Seeding;

/// <summary>
/// The seeded roles, the department of their demo user, and their default permissions.
/// <c>null</c> permissions means "all" (the administrator keeps every permission, including new ones).
/// </summary>
internal static class RoleCatalog
{
    internal sealed record Seed(string Name, string DisplayName, string Description, string DemoUser, string DemoDisplayName, string DemoDepartment, IReadOnlyList<string>? Permissions);

    public const string Admin = "admin";

    private static readonly string[] AllViews =
    [
        LeadsPermissions.View, SignedContractsPermissions.View, ReservePermissions.View, ApprovalsPermissions.View, SchedulingPermissions.View,
    ];

    public static readonly IReadOnlyList<Seed> All =
    [
        new(Admin, "系统管理员", "管理用户、部门、角色权限与系统设置", "admin", "系统管理员", "GOV", null),
        new("drc", "发改委", "项目储备库、年度计划、调度统计", "fgw", "发改委演示用户", "DRC",
            [.. AllViews, ReservePermissions.Submit, ReservePermissions.Manage, ApprovalsPermissions.Manage, ApprovalsPermissions.Decide, SchedulingPermissions.Manage,
             DataScopePermissions.AllDepartments, IdentityPermissions.DepartmentAliasesAdd]),
        new("investment", "招商局", "招商线索与签约项目", "zsj", "招商局演示用户", "IPB",
            [LeadsPermissions.View, LeadsPermissions.Manage, LeadsPermissions.Supervise, SignedContractsPermissions.View, SignedContractsPermissions.Manage, ReservePermissions.View, ReservePermissions.Submit,
             IdentityPermissions.DepartmentAliasesAdd]),
        new("investmentteam", "招商专班", "跟进本人负责的招商线索", "zszb", "招商专班演示用户", "IPB",
            [LeadsPermissions.View, LeadsPermissions.Manage, SignedContractsPermissions.View, ReservePermissions.View]),
        new("approver", "审批部门", "办理前期审批步骤", "zrzy", "自然资源局演示用户", "NRB",
            [ApprovalsPermissions.View, ApprovalsPermissions.Decide, ReservePermissions.View]),
        new("unit", "项目实施单位", "填报月度进展与问题", "cjtz", "城投公司演示用户", "UCI",
            [ReservePermissions.View, ReservePermissions.Submit, ApprovalsPermissions.View, SchedulingPermissions.View, SchedulingPermissions.Report]),
        new("supervision", "督查室", "督查与限期整改", "dcs", "督查室演示用户", "SUP",
            [.. AllViews, SchedulingPermissions.Inspect, DataScopePermissions.AllDepartments]),
        new("keyoffice", "重点办", "组织项目调度、预警与豁免审核", "zdb", "重点办演示用户", "KPO",
            [.. AllViews, SchedulingPermissions.Manage, SchedulingPermissions.Inspect, DataScopePermissions.AllDepartments, IdentityPermissions.DepartmentAliasesAdd]),
        new("leader", "区领导", "查看全部数据、简报与预警", "qld", "区领导演示用户", "GOV",
            [.. AllViews, DataScopePermissions.AllDepartments]),
        new("auditor", "审计员", "只读审计日志，不能修改业务数据", "sjy", "审计员演示用户", "AUD",
            [IdentityPermissions.AuditLogsView, IdentityPermissions.UsersView, IdentityPermissions.RolesView, IdentityPermissions.DepartmentsView, DataScopePermissions.AllDepartments]),
    ];

    internal sealed record DemoUser(string UserName, string DisplayName, string Role, string Department);

    /// <summary>
    /// Demo approvers beyond each role's own user (自然资源局's <c>zrzy</c>; 发改委's <c>fgw</c> decides its own steps): the
    /// other departments holding steps of the seeded 备案制 template, so that a whole run can be worked in the demo.
    /// </summary>
    public static readonly IReadOnlyList<DemoUser> MoreDemoApprovers =
    [
        new("sthj", "生态环境局演示用户", "approver", "EEB"),
        new("zjj", "住建局演示用户", "approver", "HUD"),
    ];
}
