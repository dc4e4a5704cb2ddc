namespace InvestmentPipeline.Identity.Seeding;

/// <summary>The district's organisation tree seeded in every mode (codes are stable; names can be edited later).</summary>
internal static class DepartmentCatalog
{
    internal sealed record Seed(string Code, string Name, string? ParentCode, int SortOrder);

    /// <summary>The node whose children are the towns and streets (乡镇/街道).</summary>
    public const string TownsCode = "TOWNS";

    public static readonly IReadOnlyList<Seed> All =
    [
        new("GOV", "区政府", null, 0),
        new("DRC", "区发展和改革委员会", "GOV", 10),
        new("IPB", "区招商局", "GOV", 20),
        new("NRB", "区自然资源局", "GOV", 30),
        new("EEB", "区生态环境局", "GOV", 40),
        new("HUD", "区住房和城乡建设局", "GOV", 50),
        new("TRB", "区交通运输局", "GOV", 60),
        new("FIN", "区财政局", "GOV", 70),
        new("AUD", "区审计局", "GOV", 80),
        new("WAT", "区水务局", "GOV", 90),
        new("EDU", "区教育局", "GOV", 100),
        new("HEA", "区卫生健康局", "GOV", 110),
        new("SUP", "区委区政府督查室", "GOV", 120),
        new("KPO", "区重点项目办公室", "GOV", 130),
        new("PWR", "区供电公司", "GOV", 140),
        new("UCI", "区城市建设投资有限公司", "GOV", 150),
        new(TownsCode, "乡镇/街道", "GOV", 200),
        new("TOWN01", "平安镇", "TOWNS", 1),
        new("TOWN02", "小峡镇", "TOWNS", 2),
        new("TOWN03", "三合镇", "TOWNS", 3),
        new("TOWN04", "洪水泉回族乡", "TOWNS", 4),
        new("TOWN05", "石灰窑回族乡", "TOWNS", 5),
        new("TOWN06", "古城回族乡", "TOWNS", 6),
        new("TOWN07", "沙沟回族乡", "TOWNS", 7),
        new("TOWN08", "巴藏沟回族乡", "TOWNS", 8),
    ];

    /// <summary>
    /// The short forms people write for the seeded departments (seeded once, when no 简称 exists yet). Towns get none:
    /// 石灰窑乡 or 小峡街道 already reach them through their core.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> ShortForms = new Dictionary<string, string[]>
    {
        ["GOV"] = ["区人民政府"],
        ["DRC"] = ["发改委", "区发改委", "发改局", "区发改局"],
        ["IPB"] = ["招商局", "投资促进局", "区投促局"],
        ["NRB"] = ["自然资源局", "自然资源分局", "区自然资源分局", "国土局", "区国土局", "国土资源局"],
        ["EEB"] = ["生态环境局", "环保局", "区环保局", "生态环境分局"],
        ["HUD"] = ["住建局", "区住建局", "住房和城乡建设局"],
        ["TRB"] = ["交通局", "区交通局", "交通运输局"],
        ["FIN"] = ["财政局"],
        ["AUD"] = ["审计局"],
        ["WAT"] = ["水务局", "水利局", "区水利局"],
        ["EDU"] = ["教育局"],
        ["HEA"] = ["卫健局", "区卫健局", "卫健委", "区卫健委", "卫生健康局", "卫生局"],
        ["SUP"] = ["督查室", "区督查室"],
        ["KPO"] = ["重点办", "区重点办", "重点项目办"],
        ["PWR"] = ["供电公司", "电力公司"],
        ["UCI"] = ["城投公司", "区城投公司", "城投"],
    };
}
