using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.Leads.Domain;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Leads.Tests;

/// <summary>The stage table of a lead, move by move.</summary>
public sealed class LeadStageRuleTests
{
    [Theory]
    [InlineData(LeadStage.Clue, LeadStage.Contact)]
    [InlineData(LeadStage.Contact, LeadStage.Negotiation)] // no site visit needed
    [InlineData(LeadStage.Negotiation, LeadStage.Visit)] // talks fall back one step
    [InlineData(LeadStage.Negotiation, LeadStage.Contracted)]
    [InlineData(LeadStage.Visit, LeadStage.Abandoned)]
    [InlineData(LeadStage.Abandoned, LeadStage.Clue)] // the company comes back
    public void Allowed_moves(LeadStage from, LeadStage to) => LeadStageRules.CanMove(from, to).ShouldBeTrue();

    [Theory]
    [InlineData(LeadStage.Clue, LeadStage.Contracted)] // signing needs 洽谈
    [InlineData(LeadStage.Visit, LeadStage.Contracted)]
    [InlineData(LeadStage.Negotiation, LeadStage.Contact)] // two steps back
    [InlineData(LeadStage.Contracted, LeadStage.Abandoned)] // 签约 is final
    [InlineData(LeadStage.Abandoned, LeadStage.Negotiation)]
    [InlineData(LeadStage.Contact, LeadStage.Contact)]
    public void Refused_moves(LeadStage from, LeadStage to) => LeadStageRules.CanMove(from, to).ShouldBeFalse();

    [Fact]
    public void A_refused_move_and_an_abandonment_without_reason_say_why_in_chinese()
    {
        var move = Should.Throw<BusinessRuleValidationException>(() => BusinessRuleValidationException.Check(new LeadStageTransitionRule(LeadStage.Clue, LeadStage.Contracted)));
        var reason = Should.Throw<BusinessRuleValidationException>(() => BusinessRuleValidationException.Check(new AbandonNeedsReasonRule(LeadStage.Abandoned, " ")));

        move.Message.ShouldBe("线索不能从「线索」转到「签约」");
        reason.Code.ShouldBe("Leads.AbandonReason");
    }
}
