using InvestmentPipeline.SharedKernel.Domain;
using InvestmentPipeline.SignedContracts.Contracts;

namespace InvestmentPipeline.SignedContracts.Domain;

/// <summary>
/// 履约状态的流转: 未启动→前期推进/停滞/终止; 前期推进→已开工/停滞/终止; 已开工→已投产/停滞/终止; 已投产→停滞;
/// 停滞→前期推进/已开工/已投产/终止; 终止 is final.
/// </summary>
internal sealed class FulfilmentTransitionRule(FulfilmentState from, FulfilmentState to) : IBusinessRule
{
    private static readonly Dictionary<FulfilmentState, FulfilmentState[]> Allowed = new()
    {
        [FulfilmentState.NotStarted] = [FulfilmentState.Preparing, FulfilmentState.Stalled, FulfilmentState.Terminated],
        [FulfilmentState.Preparing] = [FulfilmentState.UnderConstruction, FulfilmentState.Stalled, FulfilmentState.Terminated],
        [FulfilmentState.UnderConstruction] = [FulfilmentState.Producing, FulfilmentState.Stalled, FulfilmentState.Terminated],
        [FulfilmentState.Producing] = [FulfilmentState.Stalled],
        [FulfilmentState.Stalled] = [FulfilmentState.Preparing, FulfilmentState.UnderConstruction, FulfilmentState.Producing, FulfilmentState.Terminated],
        [FulfilmentState.Terminated] = [],
    };

    public string Code => "SignedContracts.StateTransition";

    public string Message => from == FulfilmentState.Terminated
        ? "已终止的签约项目不能再变更履约状态"
        : $"履约状态不能从“{ContractWords.State(from)}”变为“{ContractWords.State(to)}”";

    public static bool Allows(FulfilmentState from, FulfilmentState to) => Allowed[from].Contains(to);

    public bool IsBroken() => !Allows(from, to);
}

internal sealed class StateChangeNeedsReasonRule(FulfilmentState to, string? reason) : IBusinessRule
{
    public string Code => "SignedContracts.StateReasonRequired";

    public string Message => $"变更为“{ContractWords.State(to)}”须填写原因";

    public bool IsBroken() => to is FulfilmentState.Stalled or FulfilmentState.Terminated && string.IsNullOrWhiteSpace(reason);
}

internal sealed class ContractedAmountPositiveRule(decimal amount) : IBusinessRule
{
    public string Code => "SignedContracts.AmountPositive";

    public string Message => "协议投资额须大于 0";

    public bool IsBroken() => amount <= 0;
}

internal sealed class CreditCodeValidRule(string? code) : IBusinessRule
{
    public string Code => "SignedContracts.CreditCodeInvalid";

    public string Message => "统一社会信用代码无效（应为 18 位，且校验位正确）";

    public bool IsBroken() => code is not null && !CreditCode.IsValid(code);
}

internal sealed class DateNotInFutureRule(string what, DateOnly? date, DateOnly today) : IBusinessRule
{
    public string Code => "SignedContracts.DateInFuture";

    public string Message => $"{what}不能晚于今天（{today:yyyy-MM-dd}）";

    public bool IsBroken() => date > today;
}

internal sealed class FundsNotBeforeSigningRule(DateOnly arrivedOn, DateOnly signedOn) : IBusinessRule
{
    public string Code => "SignedContracts.FundsBeforeSigning";

    public string Message => $"到位日期不能早于签约日期（{signedOn:yyyy-MM-dd}）";

    public bool IsBroken() => arrivedOn < signedOn;
}

/// <summary>Only the ledger import may write a negative entry (the sheet's total fell); no entry is zero.</summary>
internal sealed class FundsAmountRule(decimal amount, FundsKind kind) : IBusinessRule
{
    public string Code => "SignedContracts.FundsAmount";

    public string Message => "到位资金金额须大于 0";

    public bool IsBroken() => kind == FundsKind.LedgerImport ? amount == 0 : amount <= 0;
}

internal sealed class ReasonRequiredRule(string what, string? reason) : IBusinessRule
{
    public string Code => "SignedContracts.ReasonRequired";

    public string Message => $"{what}须填写原因";

    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);
}

internal sealed class ProblemResolutionRequiredRule(string? resolution) : IBusinessRule
{
    public string Code => "SignedContracts.ResolutionRequired";

    public string Message => "办结须填写办理结果";

    public bool IsBroken() => string.IsNullOrWhiteSpace(resolution);
}

internal sealed class ProblemStillOpenRule(ContractProblemStatus status) : IBusinessRule
{
    public string Code => "SignedContracts.ProblemResolved";

    public string Message => "该问题已办结";

    public bool IsBroken() => status != ContractProblemStatus.Open;
}

internal sealed class DeadlineNotPastRule(DateOnly deadline, DateOnly today) : IBusinessRule
{
    public string Code => "SignedContracts.DeadlinePast";

    public string Message => "办理期限不能早于今天";

    public bool IsBroken() => deadline < today;
}

/// <summary>落地: only a contract being fulfilled (前期推进/已开工/已投产) lands, and only once.</summary>
internal sealed class LandingAllowedRule(FulfilmentState state, Guid? projectId) : IBusinessRule
{
    public string Code => "SignedContracts.LandingNotAllowed";

    public string Message => projectId is not null
        ? "该签约项目已落地，不能重复落地"
        : $"只有“前期推进”“已开工”“已投产”的签约项目可以落地（当前为“{ContractWords.State(state)}”）";

    public bool IsBroken() => projectId is not null || state is not (FulfilmentState.Preparing or FulfilmentState.UnderConstruction or FulfilmentState.Producing);
}
