namespace InvestmentPipeline.Infrastructure.Auditing;

/// <summary>One audited fact: a write (with before/after), a login, a logout, a failed login or a refused request.</summary>
public sealed class AuditLogEntry
{
    public long Id { get; set; }

    public DateTime TimeUtc { get; set; }

    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    public Guid? DepartmentId { get; set; }

    public string? DepartmentName { get; set; }

    public string? IpAddress { get; set; }

    public required string Action { get; set; }

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    public required string Outcome { get; set; }

    /// <summary>JSON {"before":{…},"after":{…}} of the changed properties, secrets masked.</summary>
    public string? Changes { get; set; }

    public string? Detail { get; set; }
}

public static class AuditActions
{
    public const string Create = "创建";
    public const string Update = "修改";
    public const string Delete = "删除";
    public const string Login = "登录";
    public const string Logout = "登出";
    public const string LoginFailed = "登录失败";
    public const string AccessDenied = "访问被拒绝";
    public const string RequestFailed = "操作失败";
    public const string Export = "导出";
    public const string Import = "导入";
}

public static class AuditOutcomes
{
    public const string Success = "成功";
    public const string Failure = "失败";
}
