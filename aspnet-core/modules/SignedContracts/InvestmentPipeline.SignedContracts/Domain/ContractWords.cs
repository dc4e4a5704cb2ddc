using InvestmentPipeline.SignedContracts.Contracts;

namespace InvestmentPipeline.SignedContracts.Domain;

/// <summary>The Chinese words of a contract's states and kinds, for messages, exports and the sheet.</summary>
internal static class ContractWords
{
    public static readonly IReadOnlyDictionary<string, FulfilmentState> StateByName = Enum.GetValues<FulfilmentState>().ToDictionary(State);

    public static string State(FulfilmentState state) => state switch
    {
        FulfilmentState.NotStarted => "未启动",
        FulfilmentState.Preparing => "前期推进",
        FulfilmentState.UnderConstruction => "已开工",
        FulfilmentState.Producing => "已投产",
        FulfilmentState.Stalled => "停滞",
        _ => "终止",
    };

    public static string Milestone(ContractMilestoneKind kind) => kind switch
    {
        ContractMilestoneKind.RegisterCompany => "注册公司",
        ContractMilestoneKind.LandSupply => "供地",
        ContractMilestoneKind.ConstructionStart => "开工",
        _ => "投产",
    };

    public static string Funds(FundsKind kind) => kind switch
    {
        FundsKind.BankVoucher => "银行凭证",
        FundsKind.Invoice => "发票",
        _ => "台账导入",
    };

    /// <summary>Amounts in messages, as the district reads them.</summary>
    public static string TenThousand(decimal yuan) => $"{yuan / 10_000m:0.######} 万元";
}
