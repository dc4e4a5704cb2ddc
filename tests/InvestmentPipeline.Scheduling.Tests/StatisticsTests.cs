using System.Net;

namespace InvestmentPipeline.Scheduling.Tests;

public sealed record TargetRow(string Kind, int Month, decimal Target, decimal? Actual, decimal? Gap, bool Due);

public sealed record DefinitionRow(string Code, string Name, string Numerator, string Denominator, string Scope, int Version);

public sealed record StatisticsRow(
    int Year, int Month, int PlanProjectCount, int NewCount, int NewStartedCount, int ContinuingCount, int ContinuingResumedCount, int PlannedCount,
    decimal? StartRate, decimal? ResumeRate, decimal? StartOrResumeRate, decimal InvestmentCompleted, decimal? InvestmentCompletedLastYearSamePeriod,
    decimal? YoyGrowth, string? LastYearSource, decimal AnnualPlanInvestment, decimal? PlanCompletionRate, decimal TimeElapsedRate,
    int NotStartedOrResumedCount, int StartedNotInStatisticsCount, List<TargetRow> Targets, List<DefinitionRow> Definitions);

public sealed record MonthTrendRow(int Month, decimal InvestmentCompleted, decimal? LastYearCumulative, decimal? StartOrResumeRate, decimal? StartRate, decimal? ResumeRate);

public sealed record TrendRow(int Year, int ThroughMonth, decimal AnnualPlanInvestment, List<MonthTrendRow> Months);

public sealed record StatisticsProjectRow(Guid ProjectId, string Name, string Type, decimal InvestmentCompleted, string? Status, string? ProblemCategoryCode);

public abstract class StatisticsTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task A_units_month_gives_its_rates_investment_and_the_projects_behind_them()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        const int year = 2023;
        var started = await ProgressFixtures.PlanProjectAsync(fgw, year, ProgressFixtures.UniqueName("已开工"));
        var waiting = await ProgressFixtures.PlanProjectAsync(fgw, year, ProgressFixtures.UniqueName("未开工"));
        var resumed = await ProgressFixtures.PlanProjectAsync(fgw, year, ProgressFixtures.UniqueName("续建"), "Continuing");
        await Report(unit, year, 3, started, new { investmentThisMonth = 2_000_000m, status = "Started", actualStartDate = "2023-03-08", inStatistics = false });
        await Report(unit, year, 3, waiting, new { investmentThisMonth = 0m, status = "NotStarted", problem = "拆迁未完成", problemCategoryCode = "DEMOLITION" });
        await Report(unit, year, 2, resumed, new { investmentThisMonth = 1_000_000m, status = "Resumed", actualStartDate = "2023-02-20", inStatistics = true });
        await Report(unit, year, 4, resumed, new { investmentThisMonth = 9_000_000m, status = "Resumed", actualStartDate = "2023-02-20", inStatistics = true });

        var march = await unit.GetJsonAsync<StatisticsRow>($"/api/scheduling/statistics?year={year}&month=3");
        var notStarted = await unit.GetJsonAsync<Page<StatisticsProjectRow>>($"/api/scheduling/statistics/projects?year={year}&month=3&figure=NotStartedOrResumed");
        var notInStatistics = await unit.GetJsonAsync<Page<StatisticsProjectRow>>($"/api/scheduling/statistics/projects?year={year}&month=3&figure=StartedNotInStatistics");
        var demolition = await unit.GetJsonAsync<Page<StatisticsProjectRow>>($"/api/scheduling/statistics/projects?year={year}&month=3&figure=NotStartedOrResumed&problemCategoryCode=DEMOLITION");
        var funding = await unit.GetJsonAsync<Page<StatisticsProjectRow>>($"/api/scheduling/statistics/projects?year={year}&month=3&figure=NotStartedOrResumed&problemCategoryCode=FUNDING");

        march.ShouldBe(march with
        {
            NewCount = 2, NewStartedCount = 1, ContinuingCount = 1, ContinuingResumedCount = 1, PlannedCount = 0,
            StartRate = 0.5m, ResumeRate = 1m, StartOrResumeRate = 0.6667m,
            InvestmentCompleted = 3_000_000m, AnnualPlanInvestment = 30_000_000m, PlanCompletionRate = 0.1m, TimeElapsedRate = 0.25m,
            NotStartedOrResumedCount = 1, StartedNotInStatisticsCount = 1,
            InvestmentCompletedLastYearSamePeriod = null, YoyGrowth = null, LastYearSource = null,
        });
        march.Targets.ShouldBeEmpty();
        march.Definitions.Select(d => d.Name).ShouldBe(["开复工率", "开工率", "复工率"]);
        march.Definitions.ShouldAllBe(d => d.Version == 1 && d.Scope.Contains("拟开工"));
        notStarted.Items.Single().ProjectId.ShouldBe(waiting);
        notStarted.Items.Single().ProblemCategoryCode.ShouldBe("DEMOLITION");
        notInStatistics.Items.Single().ProjectId.ShouldBe(started);
        demolition.Items.Single().ProjectId.ShouldBe(waiting);
        funding.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Last_years_recorded_total_gives_the_districts_year_on_year_growth()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        const int year = 2021;
        var project = await ProgressFixtures.PlanProjectAsync(fgw, year, ProgressFixtures.UniqueName("同比"));
        await Report(unit, year, 1, project, new { investmentThisMonth = 3_000_000m, status = "Started", actualStartDate = "2021-01-08", inStatistics = true });

        var refused = await fgw.PutAsync("/api/scheduling/statistics/history/2020", new { months = new[] { new { month = 1, cumulativeInvestment = 2_000_000m }, new { month = 2, cumulativeInvestment = 1_000_000m } } });
        (await fgw.PutAsync("/api/scheduling/statistics/history/2020", new { months = new[] { new { month = 1, cumulativeInvestment = 2_000_000m } } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var district = await fgw.GetJsonAsync<StatisticsRow>($"/api/scheduling/statistics?year={year}&month=1");
        var unitsView = await unit.GetJsonAsync<StatisticsRow>($"/api/scheduling/statistics?year={year}&month=1");
        var unitCannotEnter = await unit.PutAsync("/api/scheduling/statistics/history/2020", new { months = new[] { new { month = 1, cumulativeInvestment = 1m } } });
        var unitCannotRead = await unit.GetAsync("/api/scheduling/statistics/history/2020");
        var empty = await fgw.PutAsync("/api/scheduling/statistics/history/2020", new { months = Array.Empty<object>() });
        var noPeriod = await (await fgw.GetAsync("/api/scheduling/statistics")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        district.InvestmentCompletedLastYearSamePeriod.ShouldBe(2_000_000m);
        district.LastYearSource.ShouldBe("entered");
        district.YoyGrowth.ShouldBe(0.5m);
        unitsView.InvestmentCompletedLastYearSamePeriod.ShouldBeNull();
        unitCannotEnter.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        unitCannotRead.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noPeriod.Errors!.Keys.ShouldBe(["year", "month"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_demo_year_counts_the_six_lagging_projects_as_not_started_and_compares_targets()
    {
        using var leader = await app.SignInAsync("qld");
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().AddHours(8).DateTime);
        if (today.Month <= 6)
        {
            return; // the demo's new projects start between March and June
        }

        var figures = await leader.GetJsonAsync<StatisticsRow>($"/api/scheduling/statistics?year={today.Year}&month={today.Month - 1}");
        var lagging = await leader.GetJsonAsync<Page<StatisticsProjectRow>>($"/api/scheduling/statistics/projects?year={today.Year}&month={today.Month - 1}&figure=NotStartedOrResumed");

        figures.NotStartedOrResumedCount.ShouldBe(6);
        lagging.Items.Select(p => p.Name).ShouldBe(["新平大道东延段", "古驿大道停车场", "乐都路", "湟中路", "化隆路", "享堂路"], ignoreOrder: true);
        figures.Targets.Single(t => t.Kind == "ContinuingResumed").Actual.ShouldBe(100m);
        figures.Targets.Single(t => t.Kind == "NewStarted").Due.ShouldBeTrue();
        figures.StartOrResumeRate.ShouldBe(decimal.Round((decimal)(figures.NewStartedCount + figures.ContinuingResumedCount) / (figures.NewCount + figures.ContinuingCount), 4));
    }

    [Fact]
    public async Task The_trend_gives_each_months_cumulative_investment_and_rates_beside_last_years_recorded_totals()
    {
        const int year = 2017;
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        var started = await ProgressFixtures.PlanProjectAsync(fgw, year, ProgressFixtures.UniqueName("走势新建"));
        await ProgressFixtures.PlanProjectAsync(fgw, year, ProgressFixtures.UniqueName("走势未开工"));
        var resumed = await ProgressFixtures.PlanProjectAsync(fgw, year, ProgressFixtures.UniqueName("走势续建"), "Continuing");
        await Report(unit, year, 2, resumed, new { investmentThisMonth = 1_000_000m, status = "Resumed", actualStartDate = "2017-02-20", inStatistics = true });
        await Report(unit, year, 3, started, new { investmentThisMonth = 2_000_000m, status = "Started", actualStartDate = "2017-03-08", inStatistics = true });
        await Report(unit, year, 5, resumed, new { investmentThisMonth = 500_000m, status = "Resumed", actualStartDate = "2017-02-20", inStatistics = true });
        (await fgw.PutAsync($"/api/scheduling/statistics/history/{year - 1}", new { months = new[] { new { month = 2, cumulativeInvestment = 800_000m }, new { month = 5, cumulativeInvestment = 3_000_000m } } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var trend = await fgw.GetJsonAsync<TrendRow>($"/api/scheduling/statistics/trend?year={year}");
        var unitsTrend = await unit.GetJsonAsync<TrendRow>($"/api/scheduling/statistics/trend?year={year}");

        trend.ThroughMonth.ShouldBe(12);
        trend.AnnualPlanInvestment.ShouldBe(30_000_000m);
        trend.Months.Take(5).ShouldBe(
        [
            new MonthTrendRow(1, 0m, null, 0m, 0m, 0m),
            new MonthTrendRow(2, 1_000_000m, 800_000m, 0.3333m, 0m, 1m),
            new MonthTrendRow(3, 3_000_000m, null, 0.6667m, 0.5m, 1m),
            new MonthTrendRow(4, 3_000_000m, null, 0.6667m, 0.5m, 1m),
            new MonthTrendRow(5, 3_500_000m, 3_000_000m, 0.6667m, 0.5m, 1m),
        ]);
        trend.Months[^1].InvestmentCompleted.ShouldBe(3_500_000m);
        unitsTrend.Months[4].LastYearCumulative.ShouldBeNull(); // the district's recorded totals are not a unit's
        (await fgw.GetAsync("/api/scheduling/statistics/trend")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task Report(ApiSession unit, int year, int month, Guid project, object report)
    {
        var response = await unit.PutAsync($"/api/scheduling/progress/{year}/{month}/{project}", report);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}

public sealed class StatisticsTestsOnSqlite(SqliteApp app) : StatisticsTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class StatisticsTestsOnPostgres(PostgresApp app) : StatisticsTests<PostgresApp>(app);
