using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.Scheduling.Domain;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Scheduling.Tests;

public sealed class ReportRuleTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static MonthlyReportDetails Report(StartStatus status = StartStatus.Started, string? date = "2026-03-10", string? problem = null, string? category = null) =>
        new(1_000_000m, status, date is null ? null : DateOnly.Parse(date), "主体施工", true, problem, category);

    private static string BrokenCode(int month, MonthlyReportDetails details, ConstructionType type = ConstructionType.New, bool startedEarlier = false) =>
        Should.Throw<BusinessRuleValidationException>(() => MonthlyReport.Submit(Guid.NewGuid(), 2026, month, details, new ReportContext(type, Today, startedEarlier), DateTime.UtcNow)).Code;

    [Fact]
    public void The_status_fits_the_projects_type()
    {
        BrokenCode(3, Report(StartStatus.Started), ConstructionType.Continuing).ShouldBe("Scheduling.StatusForType");
        BrokenCode(3, Report(StartStatus.NotResumed, date: null), ConstructionType.ToStart).ShouldBe("Scheduling.StatusForType");
        MonthlyReport.Submit(Guid.NewGuid(), 2026, 3, Report(StartStatus.Resumed), new ReportContext(ConstructionType.Continuing, Today, false), DateTime.UtcNow)
            .Status.ShouldBe(StartStatus.Resumed);
    }

    [Fact]
    public void A_project_that_started_in_an_earlier_month_cannot_be_reported_as_not_started()
    {
        BrokenCode(5, Report(StartStatus.NotStarted, date: null), startedEarlier: true).ShouldBe("Scheduling.StartWithdrawn");
        MonthlyReport.Submit(Guid.NewGuid(), 2026, 5, Report(StartStatus.Completed, "2026-05-20"), new ReportContext(ConstructionType.New, Today, true), DateTime.UtcNow)
            .Status.ShouldBe(StartStatus.Completed);
    }

    [Fact]
    public void A_start_needs_its_date_not_in_the_future_nor_after_the_reported_month()
    {
        BrokenCode(3, Report(date: null)).ShouldBe("Scheduling.StartDateRequired");
        BrokenCode(6, Report(date: "2026-06-16")).ShouldBe("Scheduling.StartDateInFuture");
        BrokenCode(3, Report(date: "2026-04-01")).ShouldBe("Scheduling.StartDateAfterMonth");
    }

    [Fact]
    public void A_problem_needs_its_category_and_a_month_to_come_cannot_be_reported()
    {
        BrokenCode(3, Report(problem: "征地拆迁未完成")).ShouldBe("Scheduling.ProblemCategoryRequired");
        BrokenCode(7, Report()).ShouldBe("Scheduling.MonthInFuture");
        MonthlyReport.Submit(Guid.NewGuid(), 2026, 6, Report(problem: "征地拆迁未完成", category: "DEMOLITION"), new ReportContext(ConstructionType.New, Today, false), DateTime.UtcNow)
            .ProblemCategoryCode.ShouldBe("DEMOLITION");
    }
}
