using System.Net;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Reserve.Tests;

public sealed class PreWorkFundRuleTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    [Fact]
    public void Allocations_stay_within_the_budget_and_the_budget_cannot_drop_below_them()
    {
        var funds = PreWorkFundYear.Open(2026);
        funds.SetBudget(1_000_000m);
        funds.Allocate(Guid.NewGuid(), ProjectState.Reserve, 600_000m, "可研", Today);

        Should.Throw<BusinessRuleValidationException>(() => funds.Allocate(Guid.NewGuid(), ProjectState.Reserve, 400_000.01m, "规划", Today)).Code.ShouldBe("Reserve.AllocationExceedsBudget");
        Should.Throw<BusinessRuleValidationException>(() => funds.SetBudget(599_999m)).Code.ShouldBe("Reserve.AllocationExceedsBudget");
        funds.Allocate(Guid.NewGuid(), ProjectState.Reserve, 400_000m, "规划", Today);
        funds.Allocated.ShouldBe(1_000_000m);
    }

    [Fact]
    public void Only_projects_still_in_preparation_receive_pre_work_funds()
    {
        var funds = PreWorkFundYear.Open(2026);
        funds.SetBudget(1_000_000m);

        Should.Throw<BusinessRuleValidationException>(() => funds.Allocate(Guid.NewGuid(), ProjectState.UnderConstruction, 1m, "补助", Today)).Code.ShouldBe("Reserve.ProjectNotInPreparation");
        funds.Allocate(Guid.NewGuid(), ProjectState.PreConstruction, 1m, "可研", Today).Amount.ShouldBe(1m);
    }

    [Fact]
    public void Spending_stays_within_its_allocation_and_is_never_dated_in_the_future()
    {
        var funds = PreWorkFundYear.Open(2026);
        funds.SetBudget(1_000_000m);
        var allocation = funds.Allocate(Guid.NewGuid(), ProjectState.Reserve, 300_000m, "可研", Today);
        allocation.RecordSpending(Today, 200_000m, "首期", Today);

        Should.Throw<BusinessRuleValidationException>(() => allocation.RecordSpending(Today, 100_000.01m, "二期", Today)).Code.ShouldBe("Reserve.SpendingExceedsAllocation");
        Should.Throw<BusinessRuleValidationException>(() => allocation.RecordSpending(Today.AddDays(1), 1m, "预付", Today)).Code.ShouldBe("Reserve.SpendingInFuture");
        funds.Spent.ShouldBe(200_000m);
    }
}

public sealed record SpendingRow(Guid Id, DateOnly Date, decimal Amount, string Description);

public sealed record AllocationRow(Guid Id, Guid ProjectId, string? ProjectName, decimal Amount, string Purpose, DateOnly AllocatedOn, decimal Spent, decimal Remaining, List<SpendingRow> Spendings);

public sealed record FundsRow(int Year, decimal Budget, decimal Allocated, decimal Spent, decimal Unallocated, List<AllocationRow> Allocations, Guid? ConcurrencyStamp);

public abstract class PreWorkFundTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task The_demo_year_shows_the_funds_set_aside_for_the_two_projects_of_the_speech()
    {
        using var leader = await app.SignInAsync("qld");

        var funds = await leader.GetJsonAsync<FundsRow>($"/api/reserve/pre-work-funds?year={app.Time.GetUtcNow().AddHours(8).Year}");

        funds.Budget.ShouldBe(5_000_000m);
        funds.Allocations.Select(a => a.ProjectName).ShouldBe(["原青棉总厂片区整体开发(西海度假村)", "七星台森林公园"]);
        funds.Allocated.ShouldBe(2_000_000m);
        funds.Spent.ShouldBe(450_000m);
        funds.Unallocated.ShouldBe(3_000_000m);
        funds.Allocations[0].Remaining.ShouldBe(750_000m);
    }

    [Fact]
    public async Task The_commission_budgets_allocates_and_records_spending_within_the_limits()
    {
        using var fgw = await app.SignInAsync("fgw");
        var year = 2000 + Random.Shared.Next(0, 20);
        var project = (await fgw.GetJsonAsync<Page<ProjectRow>>("/api/reserve/projects?search=七星台")).Items.Single();
        var built = (await fgw.GetJsonAsync<Page<ProjectRow>>("/api/reserve/projects?search=驿州湿地")).Items.Single();

        var empty = await fgw.GetJsonAsync<FundsRow>($"/api/reserve/pre-work-funds?year={year}");
        var budgeted = await (await fgw.PutAsync($"/api/reserve/pre-work-funds/{year}/budget", new { budget = 1_000_000m })).ReadJsonAsync<FundsRow>(HttpStatusCode.OK);
        var allocated = await (await fgw.PostAsync($"/api/reserve/pre-work-funds/{year}/allocations", new { projectId = project.Id, amount = 700_000m, purpose = "总体规划", allocatedOn = $"{year}-03-01" }))
            .ReadJsonAsync<FundsRow>(HttpStatusCode.OK);
        var over = await (await fgw.PostAsync($"/api/reserve/pre-work-funds/{year}/allocations", new { projectId = project.Id, amount = 300_000.01m, purpose = "环评", allocatedOn = $"{year}-03-02" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var toBuilt = await (await fgw.PostAsync($"/api/reserve/pre-work-funds/{year}/allocations", new { projectId = built.Id, amount = 1m, purpose = "补助", allocatedOn = $"{year}-03-02" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var allocationId = allocated.Allocations.Single().Id;
        var spent = await (await fgw.PostAsync($"/api/reserve/pre-work-funds/allocations/{allocationId}/spendings", new { date = $"{year}-04-01", amount = 250_000m, description = "规划编制费" }))
            .ReadJsonAsync<FundsRow>(HttpStatusCode.OK);
        var stale = await (await fgw.PutAsync($"/api/reserve/pre-work-funds/{year}/budget", new { budget = 2_000_000m, concurrencyStamp = budgeted.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        empty.Budget.ShouldBe(0m);
        empty.ConcurrencyStamp.ShouldBeNull();
        over.Code.ShouldBe("Reserve.AllocationExceedsBudget");
        toBuilt.Code.ShouldBe("Reserve.ProjectNotInPreparation");
        spent.Spent.ShouldBe(250_000m);
        spent.Allocations.Single().Remaining.ShouldBe(450_000m);
        spent.Unallocated.ShouldBe(300_000m);
        stale.Detail!.ShouldContain("已被他人修改");
    }

    [Fact]
    public async Task Units_read_but_do_not_manage_the_funds()
    {
        using var unit = await app.SignInAsync("cjtz");

        using var fgw = await app.SignInAsync("fgw");
        var year = app.Time.GetUtcNow().AddHours(8).Year;
        var seenByUnit = await unit.GetJsonAsync<FundsRow>($"/api/reserve/pre-work-funds?year={year}");
        var seenByCommission = await fgw.GetJsonAsync<FundsRow>($"/api/reserve/pre-work-funds?year={year}");

        seenByCommission.Allocations.Count.ShouldBe(2);
        seenByUnit.Allocations.ShouldBeEmpty(); // neither demo allocation is a 城投 project
        seenByUnit.Budget.ShouldBe(seenByCommission.Budget);
        (await unit.PutAsync("/api/reserve/pre-work-funds/2026/budget", new { budget = 1m })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class PreWorkFundTestsOnSqlite(SqliteApp app) : PreWorkFundTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class PreWorkFundTestsOnPostgres(PostgresApp app) : PreWorkFundTests<PostgresApp>(app);
