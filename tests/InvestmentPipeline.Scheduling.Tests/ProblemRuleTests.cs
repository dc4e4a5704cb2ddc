using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.Scheduling.Domain.Problems;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Scheduling.Tests;

/// <summary>A coordination problem's course (交办 → 办理中 → 销号, reopened by 重点办) and its escalation, on fixed dates.</summary>
public sealed class ProblemRuleTests
{
    private static readonly DateOnly Today = new(2025, 6, 10);
    private static readonly DateTime Now = new(2025, 6, 10, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DepartmentRef Nrb = new(Guid.NewGuid(), "区自然资源局");
    private static readonly Actor Office = new("重点办", Guid.NewGuid(), Reports: false, Manages: true, Inspects: true);
    private static readonly Actor Unit = new("自然资源局", Nrb.Id, Reports: true, Manages: false, Inspects: false);
    private static readonly Actor OtherUnit = new("城投公司", Guid.NewGuid(), Reports: true, Manages: false, Inspects: false);

    private static CoordinationProblem Assigned(DateOnly? deadline = null) => CoordinationProblem.Assign(
        new ProjectRef(Guid.NewGuid(), "新平大道东延段", Guid.NewGuid(), null), 2025, "DEMOLITION", "沿线房屋征收未完成", Nrb,
        deadline ?? Today.AddDays(20), null, Office, Today, Now);

    private static string BrokenRule(Action action) => Should.Throw<BusinessRuleValidationException>(action).Code;

    [Fact]
    public void The_assigned_department_takes_up_and_resolves_a_problem_with_its_result_and_evidence()
    {
        var problem = Assigned();

        problem.Start(Unit, Now);
        problem.Resolve("已完成 23 户征收协议签订", "征收协议扫描件、现场照片", Unit, Now);

        problem.Status.ShouldBe(ProblemStatus.Resolved);
        problem.Events.Select(e => e.Kind).ShouldBe([ProblemEventKind.Assigned, ProblemEventKind.Started, ProblemEventKind.Resolved]);
        problem.Events.Select(e => e.Sequence).ShouldBe([1, 2, 3]);
        problem.Events[^1].By.ShouldBe("自然资源局");
    }

    [Fact]
    public void Transitions_outside_the_course_are_refused()
    {
        var problem = Assigned();

        BrokenRule(() => problem.Resolve("结果", "材料", Unit, Now)).ShouldBe("Scheduling.ProblemTransition");
        BrokenRule(() => problem.Reopen("理由", Office, Now)).ShouldBe("Scheduling.ProblemTransition");
        problem.Start(Unit, Now);
        BrokenRule(() => problem.Start(Unit, Now)).ShouldBe("Scheduling.ProblemTransition");
    }

    [Fact]
    public void Only_the_assigned_department_or_the_office_handles_a_problem_and_only_the_office_assigns_and_reopens()
    {
        var problem = Assigned();

        BrokenRule(() => problem.Start(OtherUnit, Now)).ShouldBe("Scheduling.ProblemNotAssignedToYou");
        BrokenRule(() => Assigned().Start(Unit with { Reports = false }, Now)).ShouldBe("Scheduling.ProblemNotAssignedToYou");
        problem.Start(Office, Now);
        problem.Resolve("已协调解决", "会议纪要", Office, Now);
        BrokenRule(() => problem.Reopen("征收协议未全部签订", Unit, Now)).ShouldBe("Scheduling.ProblemReopenedByOffice");
        BrokenRule(() => CoordinationProblem.Assign(
            new ProjectRef(Guid.NewGuid(), "乐都路", Guid.NewGuid(), null), 2025, "FUNDING", "资金未落实", Nrb, Today, null, Unit, Today, Now))
            .ShouldBe("Scheduling.ProblemAssignedByOffice");
    }

    [Theory]
    [InlineData("", "现场照片")]
    [InlineData("已完成", " ")]
    [InlineData(null, null)]
    public void Resolving_needs_both_a_result_and_evidence(string? resolution, string? evidence)
    {
        var problem = Assigned();
        problem.Start(Unit, Now);

        BrokenRule(() => problem.Resolve(resolution, evidence, Unit, Now)).ShouldBe("Scheduling.ProblemResolutionIncomplete");
        problem.Status.ShouldBe(ProblemStatus.InProgress);
    }

    [Fact]
    public void The_office_reopens_a_resolved_problem_with_a_reason()
    {
        var problem = Assigned();
        problem.Start(Unit, Now);
        problem.Resolve("已完成", "协议", Unit, Now);

        BrokenRule(() => problem.Reopen(" ", Office, Now)).ShouldBe("Scheduling.ProblemReopenReason");
        problem.Reopen("复核发现仍有 3 户未签约", Office, Now);

        problem.Status.ShouldBe(ProblemStatus.InProgress);
        problem.ResolvedAtUtc.ShouldBeNull();
        problem.Events[^1].Text.ShouldBe("重新打开：复核发现仍有 3 户未签约");
    }

    [Fact]
    public void A_deadline_in_the_past_is_refused()
    {
        BrokenRule(() => Assigned(Today.AddDays(-1))).ShouldBe("Scheduling.DeadlineInPast");
    }

    [Fact]
    public void An_overdue_problem_is_escalated_to_the_office_then_after_fifteen_days_to_the_leaders_each_level_once()
    {
        var problem = Assigned(Today.AddDays(5));
        var deadline = problem.Deadline;

        problem.Escalate(deadline, Now).ShouldBe(0);
        problem.IsOverdue(deadline).ShouldBeFalse();
        problem.Escalate(deadline.AddDays(1), Now).ShouldBe(1);
        problem.Escalate(deadline.AddDays(2), Now).ShouldBe(0);
        problem.Escalate(deadline.AddDays(15), Now).ShouldBe(0);
        problem.EscalationLevel.ShouldBe(EscalationLevel.KeyProjectsOffice);
        problem.Escalate(deadline.AddDays(16), Now).ShouldBe(1);
        problem.Escalate(deadline.AddDays(40), Now).ShouldBe(0);

        problem.EscalationLevel.ShouldBe(EscalationLevel.DistrictLeaders);
        problem.Escalated.ShouldBeTrue();
        problem.Events.Where(e => e.Kind == ProblemEventKind.Escalated).Select(e => e.EscalationLevel)
            .ShouldBe([EscalationLevel.KeyProjectsOffice, EscalationLevel.DistrictLeaders]);
        problem.Events[^1].Text.ShouldBe($"已超过整改/办理期限（{deadline:yyyy-MM-dd}）16 天，逾期超过 15 天，提级至区领导");
    }

    [Fact]
    public void A_job_that_missed_days_records_both_levels_and_a_resolved_problem_is_never_escalated()
    {
        var late = Assigned(Today);
        var resolved = Assigned(Today);
        resolved.Start(Unit, Now);
        resolved.Resolve("已完成", "照片", Unit, Now);

        late.Escalate(Today.AddDays(30), Now).ShouldBe(2);
        resolved.Escalate(Today.AddDays(30), Now).ShouldBe(0);

        late.Events.Count(e => e.Kind == ProblemEventKind.Escalated).ShouldBe(2);
        resolved.EscalationLevel.ShouldBe(EscalationLevel.None);
        resolved.IsOverdue(Today.AddDays(30)).ShouldBeFalse();
    }
}
