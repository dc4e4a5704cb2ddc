using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Domain;

namespace InvestmentPipeline.Reserve.Tests;

public sealed class ConstructionReadinessRuleTests
{
    private static readonly DateTime Now = new(2026, 5, 20, 3, 30, 0, DateTimeKind.Utc);

    private static Project NewProject() => Project.Create(new ProjectDetails(
        "乐都路", null, InvestmentRegime.Approval, "MUNICIPAL", null, Guid.NewGuid(), "区城市建设投资有限公司", null, 1_000_000m, [], null, null,
        ProjectMaturity.Planning, null), Now);

    [Fact]
    public void A_project_becomes_ready_to_build_once_and_a_project_in_construction_keeps_its_state()
    {
        var project = NewProject();
        project.MoveTo(ProjectState.PreConstruction, null);
        project.MoveTo(ProjectState.UnderConstruction, null);

        project.BecomeConstructionReady(Now).ShouldBeTrue();
        project.BecomeConstructionReady(Now.AddDays(1)).ShouldBeFalse();

        project.State.ShouldBe(ProjectState.UnderConstruction);
        project.ConstructionReadyAtUtc.ShouldBe(Now);
    }

    [Fact]
    public void A_terminated_project_does_not_become_ready_to_build()
    {
        var project = NewProject();
        project.MoveTo(ProjectState.Terminated, "规划调整");

        project.BecomeConstructionReady(Now).ShouldBeFalse();

        project.State.ShouldBe(ProjectState.Terminated);
        project.ConstructionReadyAtUtc.ShouldBeNull();
    }
}
