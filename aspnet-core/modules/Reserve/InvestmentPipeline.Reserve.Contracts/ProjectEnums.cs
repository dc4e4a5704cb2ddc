namespace InvestmentPipeline.Reserve.Contracts;

/// <summary>投资管理类型: 审批制 (government-invested), 核准制 (enterprise, on the catalogue), 备案制 (other enterprise).</summary>
public enum InvestmentRegime
{
    Approval = 1,
    Verification = 2,
    Filing = 3,
}

/// <summary>Lifecycle: 储备 → 前期 → 在建 → 竣工, or 终止 with a reason.</summary>
public enum ProjectState
{
    Reserve = 1,
    PreConstruction = 2,
    UnderConstruction = 3,
    Completed = 4,
    Terminated = 5,
}

/// <summary>资金来源渠道.</summary>
public enum FundingChannel
{
    CentralBudget = 1,
    SpecialBonds = 2,
    CityFinance = 3,
    DistrictFinance = 4,
    BankLoan = 5,
    SocialCapital = 6,
    Other = 7,
}
