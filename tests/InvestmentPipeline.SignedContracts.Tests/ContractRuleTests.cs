using InvestmentPipeline.SharedKernel.Domain;
using InvestmentPipeline.SignedContracts.Contracts;
using InvestmentPipeline.SignedContracts.Domain;

namespace InvestmentPipeline.SignedContracts.Tests;

/// <summary>履约状态 transitions, reasons, milestones moving the state, and numbers, as plain domain rules.</summary>
public sealed class ContractRuleTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly Actor By = new(Guid.NewGuid(), "测试");

    private static SignedContract NewContract() => SignedContract.Create(
        Guid.NewGuid(), "QY2026001", new ContractTerms("测试项目", "测试企业", null, new DateOnly(2026, 3, 1), "以商招商", "FSE_PARK", 1_000_000m, Guid.NewGuid()),
        null, "登记", By, Today, DateTime.UtcNow);

    private static readonly (FulfilmentState From, FulfilmentState To)[] Allowed =
    [
        (FulfilmentState.NotStarted, FulfilmentState.Preparing), (FulfilmentState.NotStarted, FulfilmentState.Stalled), (FulfilmentState.NotStarted, FulfilmentState.Terminated),
        (FulfilmentState.Preparing, FulfilmentState.UnderConstruction), (FulfilmentState.Preparing, FulfilmentState.Stalled), (FulfilmentState.Preparing, FulfilmentState.Terminated),
        (FulfilmentState.UnderConstruction, FulfilmentState.Producing), (FulfilmentState.UnderConstruction, FulfilmentState.Stalled), (FulfilmentState.UnderConstruction, FulfilmentState.Terminated),
        (FulfilmentState.Producing, FulfilmentState.Stalled),
        (FulfilmentState.Stalled, FulfilmentState.Preparing), (FulfilmentState.Stalled, FulfilmentState.UnderConstruction), (FulfilmentState.Stalled, FulfilmentState.Producing), (FulfilmentState.Stalled, FulfilmentState.Terminated),
    ];

    [Fact]
    public void Every_transition_is_allowed_or_refused_as_the_table_says()
    {
        foreach (var from in Enum.GetValues<FulfilmentState>())
        {
            foreach (var to in Enum.GetValues<FulfilmentState>())
            {
                var contract = NewContract();
                contract.ImportState(from, By, DateTime.UtcNow);
                var change = () => contract.ChangeState(to, "原因", By, DateTime.UtcNow);
                if (Allowed.Contains((from, to)))
                {
                    change();
                    contract.State.ShouldBe(to);
                    contract.History[^1].ShouldSatisfyAllConditions(e => e.FromState.ShouldBe(from), e => e.ToState.ShouldBe(to), e => e.Text.ShouldBe("原因"), e => e.ByName.ShouldBe("测试"));
                }
                else
                {
                    change.ShouldThrow<BusinessRuleValidationException>().Code.ShouldBe("SignedContracts.StateTransition", $"{from} → {to}");
                    contract.State.ShouldBe(from);
                }
            }
        }
    }

    [Theory]
    [InlineData(FulfilmentState.Stalled)]
    [InlineData(FulfilmentState.Terminated)]
    public void Stalling_and_terminating_need_a_reason(FulfilmentState to)
    {
        var contract = NewContract();
        Should.Throw<BusinessRuleValidationException>(() => contract.ChangeState(to, " ", By, DateTime.UtcNow)).Code.ShouldBe("SignedContracts.StateReasonRequired");
        contract.ChangeState(FulfilmentState.Preparing, null, By, DateTime.UtcNow);
        contract.State.ShouldBe(FulfilmentState.Preparing);
    }

    [Fact]
    public void An_actual_start_moves_the_contract_to_under_construction_and_an_actual_production_to_producing()
    {
        var contract = NewContract();
        contract.ChangeState(FulfilmentState.Preparing, null, By, DateTime.UtcNow);
        contract.SetMilestone(ContractMilestoneKind.ConstructionStart, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 3), null, By, Today, DateTime.UtcNow);
        contract.State.ShouldBe(FulfilmentState.UnderConstruction);
        contract.History[^1].Text!.ShouldContain("开工节点");
        contract.SetMilestone(ContractMilestoneKind.Production, null, Today, null, By, Today, DateTime.UtcNow);
        contract.State.ShouldBe(FulfilmentState.Producing);
        contract.History[^1].ShouldSatisfyAllConditions(e => e.FromState.ShouldBe(FulfilmentState.UnderConstruction), e => e.Text!.ShouldContain("投产节点"));
        Should.Throw<BusinessRuleValidationException>(() => contract.SetMilestone(ContractMilestoneKind.LandSupply, null, Today.AddDays(1), null, By, Today, DateTime.UtcNow))
            .Code.ShouldBe("SignedContracts.DateInFuture");
    }

    [Fact]
    public void A_stalled_contract_is_not_moved_by_its_milestones()
    {
        var contract = NewContract();
        contract.ChangeState(FulfilmentState.Stalled, "资金链紧张", By, DateTime.UtcNow);
        contract.SetMilestone(ContractMilestoneKind.ConstructionStart, null, Today, null, By, Today, DateTime.UtcNow);
        contract.State.ShouldBe(FulfilmentState.Stalled);
        contract.HasStarted.ShouldBeTrue();
    }

    [Fact]
    public void Funds_are_positive_not_in_the_future_and_not_before_signing_except_ledger_corrections()
    {
        var contract = NewContract();
        Should.Throw<BusinessRuleValidationException>(() => contract.AddFunds(Today, 0m, FundsKind.BankVoucher, null, null, By, Today, DateTime.UtcNow)).Code.ShouldBe("SignedContracts.FundsAmount");
        Should.Throw<BusinessRuleValidationException>(() => contract.AddFunds(Today.AddDays(1), 5m, FundsKind.Invoice, null, null, By, Today, DateTime.UtcNow)).Code.ShouldBe("SignedContracts.DateInFuture");
        Should.Throw<BusinessRuleValidationException>(() => contract.AddFunds(new DateOnly(2026, 2, 1), 5m, FundsKind.Invoice, null, null, By, Today, DateTime.UtcNow)).Code.ShouldBe("SignedContracts.FundsBeforeSigning");
        contract.AddFunds(Today, 300m, FundsKind.LedgerImport, null, null, By, Today, DateTime.UtcNow);
        contract.AddFunds(Today, -100m, FundsKind.LedgerImport, null, null, By, Today, DateTime.UtcNow);
        contract.FundsArrived.ShouldBe(200m);
    }

    [Fact]
    public void Landing_needs_a_contract_being_fulfilled_and_happens_once()
    {
        var contract = NewContract();
        Should.Throw<BusinessRuleValidationException>(() => contract.Land(Guid.NewGuid(), false, "x", By, Today, DateTime.UtcNow)).Code.ShouldBe("SignedContracts.LandingNotAllowed");
        contract.ChangeState(FulfilmentState.Preparing, null, By, DateTime.UtcNow);
        contract.Land(Guid.NewGuid(), false, "x", By, Today, DateTime.UtcNow);
        contract.LandedOn.ShouldBe(Today);
        Should.Throw<BusinessRuleValidationException>(() => contract.Land(Guid.NewGuid(), false, "x", By, Today, DateTime.UtcNow)).Message.ShouldContain("已落地");
    }

    [Fact]
    public void Numbers_run_by_signing_year_and_a_taken_number_gets_a_suffix()
    {
        ContractNumber.Next(2023, []).ShouldBe("QY2023001");
        ContractNumber.Next(2023, ["QY2023001", "QY2023007", "QY2022099", "QY2023002-2"]).ShouldBe("QY2023008");
        ContractNumber.FirstFree("QY2023001", new HashSet<string>()).ShouldBe("QY2023001");
        ContractNumber.FirstFree("QY2023001", new HashSet<string> { "QY2023001", "QY2023001-2" }).ShouldBe("QY2023001-3");
    }

    [Fact]
    public void A_bad_credit_code_is_refused_and_a_good_one_is_stored_normalised()
    {
        var terms = new ContractTerms("项目", "企业", "9163020011223344x3", new DateOnly(2026, 3, 1), null, "FSE_PARK", 10m, Guid.NewGuid());
        Should.Throw<BusinessRuleValidationException>(() => SignedContract.Create(Guid.NewGuid(), "n", terms with { CreditCode = "123" }, null, "x", By, Today, DateTime.UtcNow));
        SignedContract.Create(Guid.NewGuid(), "n", terms, null, "x", By, Today, DateTime.UtcNow).CreditCode.ShouldBe("9163020011223344X3");
    }
}
