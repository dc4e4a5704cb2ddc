using InvestmentPipeline.Approvals.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace InvestmentPipeline.Approvals.Data;

internal static class TemplatesModel
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static void MapTemplates(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ApprovalTemplate>(b =>
        {
            b.ToTable("Approvals_Templates");
            b.HasKey(t => t.Id);
            b.Property(t => t.Id).ValueGeneratedNever();
            b.Property(t => t.Regime).HasConversion<string>().HasMaxLength(16);
            b.Property(t => t.Name).HasMaxLength(64);
            b.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
            b.HasIndex(t => t.Regime).IsUnique();
            b.Ignore(t => t.CurrentVersion);
            b.Ignore(t => t.Draft);
            b.HasMany(t => t.Versions).WithOne().HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ApprovalTemplateVersion>(b =>
        {
            b.ToTable("Approvals_TemplateVersions");
            b.HasKey(v => v.Id);
            b.Property(v => v.Id).ValueGeneratedNever();
            b.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
            b.Ignore(v => v.IsPublished);
            b.HasIndex(v => new { v.TemplateId, v.Number }).IsUnique();
            // the steps are the version's value: one JSON column, replaced as a whole
            b.Property(v => v.Steps).HasConversion(
                v => System.Text.Json.JsonSerializer.Serialize(v, Json),
                v => System.Text.Json.JsonSerializer.Deserialize<List<TemplateStep>>(v, Json) ?? new List<TemplateStep>(),
                new ValueComparer<List<TemplateStep>>(
                    (a, c) => System.Text.Json.JsonSerializer.Serialize(a, Json) == System.Text.Json.JsonSerializer.Serialize(c, Json),
                    v => System.Text.Json.JsonSerializer.Serialize(v, Json).GetHashCode(StringComparison.Ordinal),
                    v => System.Text.Json.JsonSerializer.Deserialize<List<TemplateStep>>(System.Text.Json.JsonSerializer.Serialize(v, Json), Json)!));
        });
    }
}
