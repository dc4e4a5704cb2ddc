using System.Globalization;
using System.Text.Json;
using InvestmentPipeline.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace InvestmentPipeline.Infrastructure.Auditing;

/// <summary>
/// Adds one audit row per changed entity to the same SaveChanges, so a change and its audit commit or fail together.
/// </summary>
public sealed class AuditingInterceptor(AuditActorAccessor actors, TimeProvider time, IOptions<AuditOptions> options) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions ChangesJson = new()
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly HashSet<Type> Plumbing = [typeof(AuditLogEntry), typeof(OutboxMessage), typeof(OutboxDelivery)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddAuditEntries(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => !Plumbing.Contains(e.Metadata.ClrType) && !options.Value.NotAudited.Contains(e.Metadata.ClrType) && !e.Metadata.IsOwned())
            .Select(ToAuditEntry)
            .Where(e => e is not null)
            .ToList();
        foreach (var entry in entries)
        {
            context.Add(entry!);
        }
    }

    private AuditLogEntry? ToAuditEntry(EntityEntry entry)
    {
        var changed = entry.Properties
            .Where(p => entry.State != EntityState.Modified || p.IsModified)
            .Where(p => !p.Metadata.IsShadowProperty() || p.Metadata.IsForeignKey())
            .ToList();
        if (entry.State == EntityState.Modified && changed.Count == 0)
        {
            return null;
        }

        var before = entry.State == EntityState.Added ? null : changed.ToDictionary(p => p.Metadata.Name, p => Mask(p.Metadata.Name, p.OriginalValue));
        var after = entry.State == EntityState.Deleted ? null : changed.ToDictionary(p => p.Metadata.Name, p => Mask(p.Metadata.Name, p.CurrentValue));
        var audit = actors.NewEntry(time, ActionOf(entry.State), AuditOutcomes.Success);
        audit.EntityType = EntityTypeName(entry);
        audit.EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => FormatKey(entry.Property(p.Name).CurrentValue)));
        audit.Changes = JsonSerializer.Serialize(new { before, after }, ChangesJson);
        return audit;
    }

    private static string? FormatKey(object? value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString(),
    };

    private static string ActionOf(EntityState state) => state switch
    {
        EntityState.Added => AuditActions.Create,
        EntityState.Deleted => AuditActions.Delete,
        _ => AuditActions.Update,
    };

    private static string EntityTypeName(EntityEntry entry)
    {
        var name = entry.Metadata.ClrType.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static object? Mask(string property, object? value) =>
        property.Contains("Password", StringComparison.OrdinalIgnoreCase) || property.Contains("SecurityStamp", StringComparison.OrdinalIgnoreCase)
            ? (value is null ? null : "***")
            : value;
}
