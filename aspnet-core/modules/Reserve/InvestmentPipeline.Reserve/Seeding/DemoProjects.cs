using InvestmentPipeline.Reserve.Contracts;

namespace InvestmentPipeline.Reserve.Seeding;

/// <summary>
/// The projects the district head names in his speech at the second-quarter scheduling meeting. The speech stars out every amount and date:
/// ALL FIGURES HERE ARE INVENTED (plausible orders of magnitude for a district of this size), as are the departments,
/// towns and funding splits. Amounts are 万元 here and stored in yuan.
/// </summary>
internal static class DemoProjects
{
    internal sealed record Seed(
        string Name, string Sector, InvestmentRegime Regime, string Department, string? Town, string Unit,
        decimal TotalWan, FundingChannel Channel, decimal SecuredShare, ProjectState State, string PlannedStart, string PlannedCompletion, string Scope);

    /// <summary>The demo projects still in the reserve library, and how mature each is; the others are past it (成熟).</summary>
    public static readonly IReadOnlyDictionary<string, ProjectMaturity> ReserveMaturity = new Dictionary<string, ProjectMaturity>
    {
        ["健康养老基地"] = ProjectMaturity.Planning,
        ["原青棉总厂片区整体开发(西海度假村)"] = ProjectMaturity.Preliminary,
        ["七星台森林公园"] = ProjectMaturity.Preliminary,
    };

    /// <summary>
    /// 可研批复文号 and 收益与融资平衡方案 of the demo projects that have them, so that the funding-channel match has
    /// ready and almost-ready projects to show. The document numbers and plans are invented too.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string? FeasibilityApproval, string? RevenuePlan)> ChannelPaperwork =
        new Dictionary<string, (string?, string?)>
        {
            ["新平大道东延段"] = ("区发改投资〔2023〕8号", "沿线土地出让收入及停车、广告经营收入覆盖专项债本息 1.3 倍"),
            ["古驿大道停车场"] = (null, "停车收费收入按 15 年测算，覆盖融资本息 1.2 倍"),
            ["湟水河流域祁家川支流生态修复"] = ("区发改投资〔2023〕11号", null),
            ["妇幼保健计划生育服务中心"] = ("区发改投资〔2023〕14号", null),
            ["西城小学全面改薄"] = ("区发改投资〔2023〕16号", null),
            ["富硒生态旅游文化产业园"] = (null, "门票、经营性物业租金收入，企业自筹及银行贷款平衡"),
        };

    public static readonly IReadOnlyList<Seed> All =
    [
        new("新平大道东延段", "TRANSPORT", InvestmentRegime.Approval, "TRB", "TOWN01", "区交通运输局", 18600, FundingChannel.SpecialBonds, 0.6m, ProjectState.PreConstruction, "2023-03", "2024-10", "道路东延 2.8 公里，双向六车道（待拆迁完成后开工）"),
        new("古驿大道停车场", "MUNICIPAL", InvestmentRegime.Approval, "HUD", "TOWN01", "区城市建设投资有限公司", 2400, FundingChannel.DistrictFinance, 0.5m, ProjectState.PreConstruction, "2023-04", "2023-12", "公共停车泊位 420 个（待拆迁完成后开工）"),
        new("乐都路", "MUNICIPAL", InvestmentRegime.Approval, "HUD", "TOWN01", "区住房和城乡建设局", 5200, FundingChannel.DistrictFinance, 0.2m, ProjectState.PreConstruction, "2023-05", "2024-06", "城市道路改造 1.6 公里（资金未落实）"),
        new("湟中路", "MUNICIPAL", InvestmentRegime.Approval, "HUD", "TOWN01", "区住房和城乡建设局", 4300, FundingChannel.DistrictFinance, 0.2m, ProjectState.PreConstruction, "2023-05", "2024-06", "城市道路改造 1.2 公里（资金未落实）"),
        new("化隆路", "MUNICIPAL", InvestmentRegime.Approval, "HUD", "TOWN01", "区住房和城乡建设局", 3900, FundingChannel.DistrictFinance, 0.2m, ProjectState.PreConstruction, "2023-05", "2024-06", "城市道路改造 1.1 公里（资金未落实）"),
        new("享堂路", "MUNICIPAL", InvestmentRegime.Approval, "HUD", "TOWN01", "区住房和城乡建设局", 3600, FundingChannel.DistrictFinance, 0.7m, ProjectState.PreConstruction, "2023-04", "2024-05", "城市道路改造（受综合管廊施工影响）"),
        new("袁家村·河湟印象", "CULTURE_TOURISM", InvestmentRegime.Filing, "IPB", "TOWN02", "陕西袁家村文化旅游有限公司", 60000, FundingChannel.SocialCapital, 0.5m, ProjectState.UnderConstruction, "2022-09", "2025-06", "民俗文化旅游街区及配套"),
        new("富森物流综合产业园", "INDUSTRY", InvestmentRegime.Filing, "IPB", "TOWN03", "富森物流有限公司", 35000, FundingChannel.SocialCapital, 0.6m, ProjectState.UnderConstruction, "2022-10", "2024-12", "仓储物流、冷链及配送中心"),
        new("互助路周边环境整治二期", "ECOLOGY", InvestmentRegime.Approval, "HUD", "TOWN01", "区住房和城乡建设局", 2800, FundingChannel.DistrictFinance, 0.4m, ProjectState.PreConstruction, "2023-03", "2023-11", "周边环境整治、绿化及管网"),
        new("湟水河流域祁家川支流生态修复", "ECOLOGY", InvestmentRegime.Approval, "WAT", "TOWN04", "区水务局", 9800, FundingChannel.CentralBudget, 0.5m, ProjectState.PreConstruction, "2023-03", "2024-09", "河道生态修复 12 公里"),
        new("妇幼保健计划生育服务中心", "HEALTH", InvestmentRegime.Approval, "HEA", "TOWN01", "区卫生健康局", 8600, FundingChannel.CentralBudget, 0.6m, ProjectState.PreConstruction, "2023-04", "2025-06", "业务用房 1.6 万平方米"),
        new("驿州湿地公园", "ECOLOGY", InvestmentRegime.Approval, "NRB", "TOWN02", "区自然资源局", 6500, FundingChannel.SpecialBonds, 0.7m, ProjectState.UnderConstruction, "2023-02", "2024-08", "湿地公园 45 公顷"),
        new("西城小学全面改薄", "EDUCATION", InvestmentRegime.Approval, "EDU", "TOWN01", "区教育局", 1800, FundingChannel.CentralBudget, 0.8m, ProjectState.PreConstruction, "2023-04", "2023-12", "校舍改造及设施设备"),
        new("富硒生态旅游文化产业园", "CULTURE_TOURISM", InvestmentRegime.Filing, "IPB", "TOWN05", "富硒文旅开发有限公司", 42000, FundingChannel.SocialCapital, 0.3m, ProjectState.PreConstruction, "2023-06", "2026-06", "富硒产业展示、生态旅游及配套"),
        new("妇保院业务用房", "HEALTH", InvestmentRegime.Approval, "HEA", "TOWN01", "区妇幼保健院", 3200, FundingChannel.CentralBudget, 0.5m, ProjectState.PreConstruction, "2023-05", "2024-10", "业务用房 6000 平方米"),
        new("镇足球场", "EDUCATION", InvestmentRegime.Approval, "EDU", "TOWN03", "三合镇人民政府", 600, FundingChannel.DistrictFinance, 0.9m, ProjectState.PreConstruction, "2023-05", "2023-10", "标准足球场一座"),
        new("档案馆", "GRASSROOTS", InvestmentRegime.Approval, "HUD", "TOWN01", "区档案馆", 4500, FundingChannel.CentralBudget, 0.6m, ProjectState.PreConstruction, "2023-06", "2025-06", "档案馆新馆 8000 平方米"),
        new("九家巷商住小区", "INDUSTRY", InvestmentRegime.Filing, "HUD", "TOWN01", "九家巷置业有限公司", 26000, FundingChannel.SocialCapital, 0.6m, ProjectState.PreConstruction, "2023-06", "2025-12", "商住小区 12 万平方米"),
        new("健康养老基地", "HEALTH", InvestmentRegime.Filing, "IPB", "TOWN06", "康养产业投资有限公司", 30000, FundingChannel.SocialCapital, 0.4m, ProjectState.Reserve, "2024-03", "2026-12", "康体养生休闲、养老服务"),
        new("古驿大道东延段", "TRANSPORT", InvestmentRegime.Approval, "TRB", "TOWN01", "区交通运输局", 12000, FundingChannel.SpecialBonds, 0.5m, ProjectState.UnderConstruction, "2022-08", "2023-12", "道路东延 1.9 公里"),
        new("全民体育健身中心", "EDUCATION", InvestmentRegime.Approval, "EDU", "TOWN01", "区教育局", 7800, FundingChannel.SpecialBonds, 0.5m, ProjectState.UnderConstruction, "2022-09", "2024-06", "体育馆、游泳馆及室外场地"),
        new("恒鼎国际住宅小区", "INDUSTRY", InvestmentRegime.Filing, "HUD", "TOWN01", "恒鼎房地产开发有限公司", 45000, FundingChannel.SocialCapital, 0.7m, ProjectState.UnderConstruction, "2021-10", "2024-10", "住宅小区 20 万平方米"),
        new("原青棉总厂片区整体开发(西海度假村)", "CULTURE_TOURISM", InvestmentRegime.Verification, "DRC", "TOWN02", "西海度假村开发有限公司", 80000, FundingChannel.SocialCapital, 0.2m, ProjectState.Reserve, "2024-05", "2027-12", "片区整体开发、度假村（前期工作经费已安排）"),
        new("七星台森林公园", "ECOLOGY", InvestmentRegime.Approval, "NRB", "TOWN07", "区自然资源局", 15000, FundingChannel.CentralBudget, 0.3m, ProjectState.Reserve, "2024-04", "2026-10", "森林公园及游憩设施（前期工作经费已安排）"),
    ];
}
