using InvestmentPipeline.Infrastructure.Security;
using Microsoft.AspNetCore.Http;

namespace InvestmentPipeline.Infrastructure.Auditing;

/// <summary>Who is acting and from where; background jobs act as 系统.</summary>
public sealed record AuditActor(Guid? UserId, string? UserName, Guid? DepartmentId, string? DepartmentName, string? IpAddress)
{
    public static readonly AuditActor System = new(null, "系统", null, null, null);
}

public sealed class AuditActorAccessor(IHttpContextAccessor httpContextAccessor)
{
    public AuditActor Current
    {
        get
        {
            var http = httpContextAccessor.HttpContext;
            if (http is null)
            {
                return AuditActor.System;
            }

            var user = new CurrentUser(http.User);
            return new AuditActor(user.Id, user.UserName, user.DepartmentId, user.DepartmentName, http.Connection.RemoteIpAddress?.ToString());
        }
    }

    public AuditLogEntry NewEntry(TimeProvider time, string action, string outcome) => Stamp(new AuditLogEntry
    {
        Action = action,
        Outcome = outcome,
        TimeUtc = time.GetUtcNow().UtcDateTime,
    });

    public AuditLogEntry Stamp(AuditLogEntry entry)
    {
        var actor = Current;
        entry.UserId ??= actor.UserId;
        entry.UserName ??= actor.UserName;
        entry.DepartmentId ??= actor.DepartmentId;
        entry.DepartmentName ??= actor.DepartmentName;
        entry.IpAddress ??= actor.IpAddress;
        return entry;
    }
}
