using InvestmentPipeline.Approvals.Domain.Templates;
using InvestmentPipeline.Approvals.Seeding;
using InvestmentPipeline.Reserve.Contracts;

namespace InvestmentPipeline.Approvals.Tests;

/// <summary>The template rules and the version lifecycle, without a database.</summary>
public sealed class TemplateRuleTests
{
    private static readonly HashSet<string> Departments = ["DRC", "NRB", "EEB", "HUD"];

    private static TemplateStep Step(string code, params string[] prerequisites) => new()
    {
        Code = code,
        Name = "步骤" + code,
        DepartmentCode = "DRC",
        TimeLimitDays = 20,
        Prerequisites = prerequisites,
        Source = StepRuleSource.Default,
    };

    private static List<string> Validate(params TemplateStep[] steps) => [.. TemplateRules.Validate(steps, Departments).Select(e => e.Message)];

    private static List<string> Fields(params TemplateStep[] steps) => [.. TemplateRules.Validate(steps, Departments).Select(e => e.Field)];

    [Fact]
    public void A_cycle_is_named_in_the_order_the_steps_wait_for_each_other()
    {
        var errors = Validate(Step("A"), Step("B", "A", "D"), Step("C", "B"), Step("D", "C"));

        errors.ShouldContain("步骤之间存在循环依赖：“步骤B”（B） → “步骤C”（C） → “步骤D”（D） → “步骤B”（B）。");
    }

    [Fact]
    public void A_step_depending_on_itself_is_a_cycle()
    {
        Validate(Step("A"), Step("B", "A", "B")).ShouldContain(e => e.StartsWith("步骤之间存在循环依赖：“步骤B”（B） → “步骤B”（B）", StringComparison.Ordinal));
    }

    [Fact]
    public void A_step_behind_a_cycle_is_unreachable_from_the_start()
    {
        var errors = Validate(Step("A"), Step("B", "A", "C"), Step("C", "B"), Step("E", "C"));

        errors.ShouldContain("步骤“步骤E”（E）无法从任何起始步骤到达：它的前置步骤中有循环依赖或本身无法到达的步骤。");
    }

    [Fact]
    public void An_unknown_prerequisite_is_named_with_its_step()
    {
        Validate(Step("A"), Step("B", "A", "X")).ShouldBe(["步骤“步骤B”（B）的前置步骤“X”不存在。"]);
    }

    [Fact]
    public void A_duplicate_code_is_refused()
    {
        Validate(Step("A"), Step("A")).ShouldContain("步骤编码“A”重复：步骤“步骤A”与“步骤A”使用了同一编码。");
    }

    [Fact]
    public void Steps_must_form_one_connected_whole()
    {
        var errors = Validate(Step("A"), Step("B", "A"), Step("C"));

        errors.ShouldBe(["步骤分成了 2 个互不相连的部分：{“步骤A”（A）、“步骤B”（B）}；{“步骤C”（C）}。所有步骤应通过前置关系连成一个整体。"]);
    }

    [Fact]
    public void Departments_must_exist_and_time_limits_are_1_to_365_working_days()
    {
        var errors = Validate(Step("A") with { DepartmentCode = "NOPE" }, Step("B", "A") with { TimeLimitDays = 0 }, Step("C", "B") with { TimeLimitDays = 366 });

        errors.ShouldBe(
        [
            "步骤“步骤A”（A）的办理部门“NOPE”不存在。",
            "步骤“步骤B”（B）的法定时限为 0 个工作日，应在 1–365 个工作日之间。",
            "步骤“步骤C”（C）的法定时限为 366 个工作日，应在 1–365 个工作日之间。",
        ]);
    }

    [Fact]
    public void A_steps_errors_are_keyed_by_its_index_and_field_and_graph_errors_by_the_whole()
    {
        Fields(Step("A") with { DepartmentCode = "NOPE" }, Step("B", "A") with { TimeLimitDays = 0 }, Step("B", "A", "X"), Step("C", "C"))
            .ShouldBe(["steps[2].code", "steps[0].departmentCode", "steps[1].timeLimitDays", "steps[2].prerequisites", "steps", "steps"]);
        Fields(Step("A"), Step("B", "A", "C"), Step("C", "B"), Step("E", "C")).ShouldBe(["steps", "steps[3].prerequisites"]);
        Fields(Step("A") with { Name = " " }).ShouldBe(["steps[0].name"]);
    }

    [Fact]
    public void A_template_without_steps_is_refused()
    {
        Validate().ShouldBe(["模板至少需要一个审批步骤。"]);
    }

    [Fact]
    public void A_diamond_that_is_not_series_parallel_is_valid()
    {
        Validate(Step("A"), Step("B"), Step("C", "A"), Step("D", "A", "B")).ShouldBeEmpty();
    }

    [Fact]
    public void Publishing_freezes_the_version_and_the_next_edit_starts_a_new_draft()
    {
        var now = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc);
        var template = new ApprovalTemplate { Id = Guid.NewGuid(), Regime = InvestmentRegime.Filing, Name = "备案制" };
        var first = template.SaveDraft([Step("A")], now);
        var stampBefore = template.ConcurrencyStamp;
        template.Publish(first.Id, now);

        var second = template.SaveDraft([Step("A"), Step("B", "A")], now.AddDays(1));

        template.ConcurrencyStamp.ShouldNotBe(stampBefore);
        second.Id.ShouldNotBe(first.Id);
        second.Number.ShouldBe(2);
        second.Status.ShouldBe(TemplateVersionStatus.Draft);
        first.Steps.Select(s => s.Code).ShouldBe(["A"]);
        template.CurrentVersionId.ShouldBe(first.Id);
        Should.Throw<InvalidOperationException>(() => template.Publish(first.Id, now)).Message.ShouldContain("已发布");

        var sameDraft = template.SaveDraft([Step("A"), Step("C", "A")], now.AddDays(2));
        sameDraft.ShouldBeSameAs(second);
        template.Publish(second.Id, now.AddDays(3));
        template.CurrentVersionId.ShouldBe(second.Id);
        first.IsPublished.ShouldBeTrue();
    }

    [Theory]
    [InlineData(InvestmentRegime.Approval, 10, new[] { "PROPOSAL" }, new[] { "LAND", "EIA", "ENERGY", "STABILITY" })]
    [InlineData(InvestmentRegime.Verification, 6, new[] { "LAND", "EIA", "ENERGY" }, new[] { "VERIFICATION" })]
    [InlineData(InvestmentRegime.Filing, 5, new[] { "FILING" }, new[] { "EIA", "LAND" })]
    public void The_national_seed_templates_are_valid_with_their_parallel_steps(InvestmentRegime regime, int count, string[] starts, string[] afterStarts)
    {
        var steps = NationalTemplates.All.Single(t => t.Regime == regime).Steps;

        TemplateRules.Validate(steps, Departments).ShouldBeEmpty();
        steps.Count.ShouldBe(count);
        steps.Where(s => s.Prerequisites.Count == 0).Select(s => s.Code).ShouldBe(starts, ignoreOrder: true);
        steps.Where(s => s.Prerequisites.Count > 0 && s.Prerequisites.All(starts.Contains)).Select(s => s.Code).ShouldBe(afterStarts, ignoreOrder: true);
        steps.ShouldAllBe(s => !string.IsNullOrWhiteSpace(s.Basis));
        steps.Single(s => s.Code == "CONSTRUCTION_PERMIT").ShouldSatisfyAllConditions(
            s => s.TimeLimitDays.ShouldBe(7), s => s.Source.ShouldBe(StepRuleSource.National), s => s.DepartmentCode.ShouldBe("HUD"));
    }
}
