using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InvestmentPipeline.Infrastructure.Persistence;

/// <summary>All persisted instants are UTC; SQLite forgets the kind on the way back, so it is restored here.</summary>
internal sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
