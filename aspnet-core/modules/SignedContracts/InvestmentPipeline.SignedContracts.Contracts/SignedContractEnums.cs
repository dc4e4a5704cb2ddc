namespace InvestmentPipeline.SignedContracts.Contracts;

/// <summary>履约状态: 未启动 → 前期推进 → 已开工 → 已投产; 停滞 (with a reason) and 终止 (final, with a reason).</summary>
public enum FulfilmentState
{
    NotStarted = 1,
    Preparing = 2,
    UnderConstruction = 3,
    Producing = 4,
    Stalled = 5,
    Terminated = 6,
}

/// <summary>The milestones a contract agrees: 注册公司, 供地, 开工, 投产.</summary>
public enum ContractMilestoneKind
{
    RegisterCompany = 1,
    LandSupply = 2,
    ConstructionStart = 3,
    Production = 4,
}

/// <summary>What proves a funds entry: 银行凭证, 发票, or 台账导入 (the ledger's total, no file).</summary>
public enum FundsKind
{
    BankVoucher = 1,
    Invoice = 2,
    LedgerImport = 3,
}

/// <summary>协调服务 problem: open until resolved with a resolution.</summary>
public enum ContractProblemStatus
{
    Open = 1,
    Resolved = 2,
}

/// <summary>What an entry of a contract's history records.</summary>
public enum ContractEventKind
{
    Created = 1,
    StateChanged = 2,
    FundsDeleted = 3,
    Landed = 4,
    Imported = 5,
}

/// <summary>The contract figures whose definitions (口径) are data.</summary>
public enum ContractRateCode
{
    FulfilmentRate = 1,
    FundsArrivalRate = 2,
    StartRate = 3,
    ProductionRate = 4,
}

/// <summary>Why a reminder was raised, and how urgent it is.</summary>
public enum ContractReminderReason
{
    Milestone = 1,
    NoFunds = 2,
}

public enum ContractReminderLevel
{
    DueSoon = 1,
    Overdue = 2,
}
