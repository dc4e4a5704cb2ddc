namespace InvestmentPipeline.Infrastructure.Auditing;

/// <summary>Writes audit rows that belong to no entity change: logins, logouts, refused and failed requests.</summary>
public sealed class AuditWriter(AuditDbContext db, AuditActorAccessor actors, TimeProvider time)
{
    public async Task WriteAsync(string action, string outcome, Action<AuditLogEntry>? describe = null, CancellationToken cancellationToken = default)
    {
        var entry = actors.NewEntry(time, action, outcome);
        describe?.Invoke(entry);
        db.AuditLogs.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }
}
