using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Reserve.Data;
using InvestmentPipeline.Reserve.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Reserve.Seeding;

/// <summary>The sectors of the 年度重点项目计划表, seeded in every mode; names stay editable.</summary>
internal sealed class SectorSeeder(ReserveDbContext db) : IDataSeeder
{
    private static readonly (string Code, string Name)[] Sectors =
    [
        ("ECOLOGY", "生态"), ("MUNICIPAL", "市政"), ("TRANSPORT", "交通"), ("EDUCATION", "教育"), ("HEALTH", "卫生"),
        ("POVERTY", "扶贫"), ("WATER", "水利"), ("GRASSROOTS", "基层政权建设"), ("BEAUTIFUL_VILLAGE", "高原美丽乡村"),
        ("INDUSTRY", "产业"), ("CULTURE_TOURISM", "文旅"), ("OTHER", "其他"),
    ];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Sectors.Select(s => s.Code).ToListAsync(cancellationToken);
        var order = 0;
        foreach (var (code, name) in Sectors)
        {
            order += 10;
            if (!existing.Contains(code))
            {
                db.Sectors.Add(new Sector { Id = Guid.NewGuid(), Code = code, Name = name, SortOrder = order });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
