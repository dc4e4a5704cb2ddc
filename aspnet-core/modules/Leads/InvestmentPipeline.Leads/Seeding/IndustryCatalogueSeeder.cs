using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Leads.Data;
using InvestmentPipeline.Leads.Domain;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Leads.Seeding;

/// <summary>
/// The 重点招商目录 the district head names in the seed speech, seeded in every mode. The chains and target lists are
/// plausible starting text for the bureau to rewrite, not taken from a source.
/// </summary>
internal sealed class IndustryCatalogueSeeder(LeadsDbContext db) : IDataSeeder
{
    private static readonly (string Code, string Name, string Chain, string Targets)[] Industries =
    [
        ("FSE_PARK", "富硒产业园", "富硒种养殖 → 富硒农产品精深加工 → 冷链仓储 → 品牌营销与电商",
            "富硒农产品加工龙头企业\n功能食品、保健品生产企业\n农产品冷链物流企业"),
        ("FSE_WATER", "富硒矿泉水", "水源地保护与勘查 → 灌装生产 → 包装配套 → 渠道销售",
            "国内饮用水头部企业\n高端矿泉水品牌运营企业\n瓶坯、包装材料配套企业"),
        ("ECO_TOURISM", "生态文化旅游", "景区开发 → 文化演艺与非遗 → 民宿与乡村旅游 → 智慧旅游服务",
            "文旅集团与景区运营企业\n民宿连锁品牌\n文创与演艺企业"),
        ("WELLNESS", "康体养生休闲", "康养基地 → 中藏医药养生 → 运动休闲 → 健康管理服务",
            "康养地产与养老服务企业\n中藏医药企业\n户外运动、营地运营企业"),
        ("LOGISTICS", "物流和现代服务业", "物流园区 → 仓储配送 → 供应链金融 → 商贸与信息服务",
            "第三方物流与快递企业\n供应链管理企业\n商贸综合体运营企业"),
    ];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Industries.Select(i => i.Code).ToListAsync(cancellationToken);
        var order = 0;
        foreach (var (code, name, chain, targets) in Industries)
        {
            order += 10;
            if (!existing.Contains(code))
            {
                db.Industries.Add(new TargetIndustry
                {
                    Id = Guid.NewGuid(), Code = code, Name = name, Chain = chain, Targets = targets, SortOrder = order, ConcurrencyStamp = Guid.NewGuid(),
                });
            }
        }

        if (!await db.Settings.AnyAsync(cancellationToken))
        {
            db.Settings.Add(new LeadSettings { Id = Guid.NewGuid(), ConcurrencyStamp = Guid.NewGuid() });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
