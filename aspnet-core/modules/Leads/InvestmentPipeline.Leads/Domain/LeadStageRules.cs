using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Leads.Domain;

/// <summary>
/// Which stage a lead may move to: forward one or more steps up to 洽谈 (a company can skip the site visit), 签约 only
/// from 洽谈, back one step when a talk falls through, 放弃 from any open stage with a reason, and from 放弃 only back
/// to 线索 (a company that returns). 签约 is final: the contract carries on in SignedContracts.
/// </summary>
internal static class LeadStageRules
{
    public static bool CanMove(LeadStage from, LeadStage to) => (from, to) switch
    {
        (LeadStage.Contracted, _) => false,
        (LeadStage.Abandoned, LeadStage.Clue) => true,
        (LeadStage.Abandoned, _) => false,
        (_, LeadStage.Abandoned) => true,
        (_, LeadStage.Contracted) => from == LeadStage.Negotiation,
        _ => to != from && (to > from || from - to == 1),
    };
}

internal sealed class LeadStageTransitionRule(LeadStage from, LeadStage to) : IBusinessRule
{
    public string Code => "Leads.StageTransition";

    public string Message => $"线索不能从「{LeadStageNames.Of(from)}」转到「{LeadStageNames.Of(to)}」";

    public bool IsBroken() => !LeadStageRules.CanMove(from, to);
}

internal sealed class AbandonNeedsReasonRule(LeadStage to, string? reason) : IBusinessRule
{
    public string Code => "Leads.AbandonReason";

    public string Message => "放弃线索须填写原因";

    public bool IsBroken() => to == LeadStage.Abandoned && string.IsNullOrWhiteSpace(reason);
}

internal static class LeadStageNames
{
    public static string Of(LeadStage stage) => stage switch
    {
        LeadStage.Clue => "线索",
        LeadStage.Contact => "接洽",
        LeadStage.Visit => "考察",
        LeadStage.Negotiation => "洽谈",
        LeadStage.Contracted => "签约",
        _ => "放弃",
    };
}

internal sealed class SigningGoesThroughTheContractRule(LeadStage to) : IBusinessRule
{
    public string Code => "Leads.SignWithContract";

    public string Message => "签约须填写合同信息，请使用「签约」操作";

    public bool IsBroken() => to == LeadStage.Contracted;
}

internal sealed class CreditCodeMustBeValidRule(string? code) : IBusinessRule
{
    public string Code => "Leads.CreditCode";

    public string Message => "统一社会信用代码无效（应为 18 位，且校验位正确）";

    public bool IsBroken() => code is not null && !CreditCode.IsValid(code);
}

internal sealed class LeadHasAtMostTenContactsRule(int count) : IBusinessRule
{
    public string Code => "Leads.Contacts";

    public string Message => $"联系人最多 {Lead.MaxContacts} 位";

    public bool IsBroken() => count > Lead.MaxContacts;
}

internal sealed class FollowUpCannotBeInTheFutureRule(DateOnly occurredOn, DateOnly today) : IBusinessRule
{
    public string Code => "Leads.FollowUpDate";

    public string Message => "跟进日期不能晚于今天";

    public bool IsBroken() => occurredOn > today;
}

internal sealed class NextActionNeedsADateRule(string? nextAction, DateOnly? nextActionOn, DateOnly occurredOn) : IBusinessRule
{
    public string Code => "Leads.NextAction";

    public string Message => nextActionOn < occurredOn ? "下一步计划日期不能早于本次跟进日期" : "填写了下一步计划，须同时填写计划日期";

    public bool IsBroken() => (!string.IsNullOrWhiteSpace(nextAction) && nextActionOn is null) || nextActionOn < occurredOn;
}
