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

/// <summary>成熟度 of a reserve project: 谋划 → 前期 → 成熟; each stage has requirements the system checks.</summary>
public enum ProjectMaturity
{
    Planning = 1,
    Preliminary = 2,
    Mature = 3,
}

/// <summary>申报状态: a department's submission to the reserve library and the commission's decision on it.</summary>
public enum ReviewStatus
{
    Draft = 1,
    Submitted = 2,
    Accepted = 3,
    Returned = 4,
    Rejected = 5,
}

/// <summary>The commission's decision on a submitted project: 接受入库 / 退回修改 / 不予入库.</summary>
public enum ReviewDecision
{
    Accept = 1,
    Return = 2,
    Reject = 3,
}
