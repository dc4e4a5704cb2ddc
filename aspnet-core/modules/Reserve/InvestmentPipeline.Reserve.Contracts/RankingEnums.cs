namespace InvestmentPipeline.Reserve.Contracts;

/// <summary>
/// Where a ranking criterion's score comes from: 评分 by the commission, or computed from the project
/// (成熟度: 谋划 40 / 前期 70 / 成熟 100; 资金落实度: secured funding ÷ total investment).
/// </summary>
public enum RankingCriterionKind
{
    Assessed = 1,
    Maturity = 2,
    FundingReadiness = 3,
}

/// <summary>How far a project is from a funding channel's requirements: 已具备, or 差 1–2 项.</summary>
public enum ChannelReadiness
{
    Ready = 1,
    AlmostReady = 2,
}
