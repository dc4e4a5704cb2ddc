using System.Net;

namespace InvestmentPipeline.SignedContracts.Tests;

public sealed record CohortRow(string Key, string Name, int SignedCount, decimal ContractedAmount, int FulfillingCount, decimal FulfilmentRate, decimal FundsArrived, decimal FundsArrivalRate, int StartedCount, int ProducingCount);

public sealed record DefinitionRow(string Code, string Name, string Numerator, string Denominator, string Scope, int Version);

public sealed record StatisticsRow(
    int Year, int SignedCount, decimal ContractedAmount, int FulfillingCount, decimal FulfilmentRate, decimal FundsArrived, decimal FundsArrivalRate,
    int StartedCount, decimal StartRate, int ProducingCount, decimal ProductionRate, int LandedCount, List<DefinitionRow> Definitions,
    List<CohortRow> ByEvent, List<CohortRow> ByIndustry, List<CohortRow> ByDepartment);

public sealed record FunnelRow(string Step, string Name, int Count, decimal Amount);

/// <summary>履约率 and 资金到位率 checked against figures worked out by hand (signing year 2019, used by no other test).</summary>
public abstract class StatisticsTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task The_rates_of_a_signing_cohort_match_the_hand_computed_figures()
    {
        const int year = 2019;
        using var zsj = await app.SignInAsync("zsj");
        var signingEvent = ContractFixtures.UniqueName("第九十九届青洽会");
        var on = new DateOnly(year, 6, 20);
        // Contracted (万元): 1000 + 2000 + 500 + 1500 + 3000 = 8000 万元.
        var a = await ContractFixtures.CreateAsync(zsj, ContractFixtures.UniqueName("统计甲"), on, 10_000_000m, "FSE_PARK", signingEvent);
        var b = await ContractFixtures.CreateAsync(zsj, ContractFixtures.UniqueName("统计乙"), on, 20_000_000m, "FSE_PARK", signingEvent);
        var c = await ContractFixtures.CreateAsync(zsj, ContractFixtures.UniqueName("统计丙"), on, 5_000_000m, "FSE_PARK", signingEvent);
        var d = await ContractFixtures.CreateAsync(zsj, ContractFixtures.UniqueName("统计丁"), on, 15_000_000m, "LOGISTICS", signingEvent);
        var e = await ContractFixtures.CreateAsync(zsj, ContractFixtures.UniqueName("统计戊"), on, 30_000_000m, "LOGISTICS", signingEvent);
        var otherYear = await ContractFixtures.CreateAsync(zsj, ContractFixtures.UniqueName("统计次年"), new DateOnly(year + 1, 1, 5), 9_000_000m, "FSE_PARK", signingEvent);
        // States: a 前期推进, b 已开工, c 未启动, d 已投产, e 停滞 → fulfilling a, b, d = 3 of 5 = 0.6; started b, d = 0.4; producing d = 0.2.
        await ContractFixtures.StateAsync(zsj, a.Contract.Id, "Preparing");
        await ContractFixtures.StateAsync(zsj, b.Contract.Id, "Preparing");
        await ContractFixtures.StateAsync(zsj, b.Contract.Id, "UnderConstruction");
        foreach (var state in new[] { "Preparing", "UnderConstruction", "Producing" })
        {
            await ContractFixtures.StateAsync(zsj, d.Contract.Id, state);
        }

        await ContractFixtures.StateAsync(zsj, e.Contract.Id, "Stalled", "企业资金链紧张");
        await ContractFixtures.StateAsync(zsj, otherYear.Contract.Id, "Preparing");
        // Funds (万元): a 500, b 1000, d 400 = 1900; 1900 ÷ 8000 = 0.2375.
        foreach (var (contract, amount) in new[] { (a, 5_000_000m), (b, 10_000_000m), (d, 4_000_000m), (otherYear, 1_000_000m) })
        {
            (await ContractFixtures.AddFundsAsync(zsj, contract.Contract.Id, new DateOnly(year + 1, 3, 1), amount)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var figures = await zsj.GetJsonAsync<StatisticsRow>($"/api/signed-contracts/statistics?year={year}&signingEvent={signingEvent}");
        var fulfilling = await zsj.GetJsonAsync<Page<ContractRow>>($"/api/signed-contracts/statistics/contracts?year={year}&measure=fulfilling&signingEvent={signingEvent}");
        var noFunds = await zsj.GetJsonAsync<Page<ContractRow>>($"/api/signed-contracts/statistics/contracts?year={year}&measure=noFunds&signingEvent={signingEvent}");
        var started = await zsj.GetJsonAsync<Page<ContractRow>>($"/api/signed-contracts/statistics/contracts?year={year}&measure=started&signingEvent={signingEvent}");
        var funnel = await zsj.GetJsonAsync<List<FunnelRow>>($"/api/signed-contracts/statistics/cohort?signingEvent={signingEvent}&year={year}");
        var events = await zsj.GetJsonAsync<List<Dictionary<string, object>>>("/api/signed-contracts/signing-events");

        figures.ShouldBe(figures with
        {
            Year = year, SignedCount = 5, ContractedAmount = 80_000_000m, FulfillingCount = 3, FulfilmentRate = 0.6m, FundsArrived = 19_000_000m,
            FundsArrivalRate = 0.2375m, StartedCount = 2, StartRate = 0.4m, ProducingCount = 1, ProductionRate = 0.2m, LandedCount = 0,
        });
        figures.ByEvent.ShouldBe([new CohortRow(signingEvent, signingEvent, 5, 80_000_000m, 3, 0.6m, 19_000_000m, 0.2375m, 2, 1)]);
        // 富硒产业园: a, b, c = 3500 万元, fulfilling a, b, funds 1500 → 1500 ÷ 3500 = 0.428571… → 0.4286.
        // 物流: d, e = 4500 万元, fulfilling d, funds 400 → 400 ÷ 4500 = 0.08888… → 0.0889.
        figures.ByIndustry.ShouldBe([
            new CohortRow("FSE_PARK", "富硒产业园", 3, 35_000_000m, 2, 0.6667m, 15_000_000m, 0.4286m, 1, 0),
            new CohortRow("LOGISTICS", "物流和现代服务业", 2, 45_000_000m, 1, 0.5m, 4_000_000m, 0.0889m, 1, 1)]);
        figures.ByDepartment.Single().ShouldBe(figures.ByDepartment.Single() with { Name = "区招商局", SignedCount = 5, FundsArrivalRate = 0.2375m });
        figures.Definitions.Select(x => x.Code).ShouldBe(["FulfilmentRate", "FundsArrivalRate", "StartRate", "ProductionRate"]);
        fulfilling.Items.Select(x => x.Id).Order().ShouldBe(new[] { a.Contract.Id, b.Contract.Id, d.Contract.Id }.Order());
        noFunds.Items.Select(x => x.Id).Order().ShouldBe(new[] { c.Contract.Id, e.Contract.Id }.Order());
        started.TotalCount.ShouldBe(2);
        funnel.Select(f => (f.Step, f.Count)).ShouldBe([("signed", 5), ("fundsArriving", 3), ("fulfilling", 3), ("started", 2), ("producing", 1), ("landed", 0)]);
        funnel[1].Amount.ShouldBe(19_000_000m);
        events.ShouldContain(x => x["name"].ToString() == signingEvent && x["count"].ToString() == "6");
    }

    [Fact]
    public async Task Definitions_are_data_the_bureau_edits_and_a_reader_cannot()
    {
        using var zsj = await app.SignInAsync("zsj");
        using var qld = await app.SignInAsync("qld");
        var before = await qld.GetJsonAsync<List<DefinitionRow>>("/api/signed-contracts/statistics/definitions");
        var refused = await qld.PutAsync("/api/signed-contracts/statistics/definitions/StartRate", new { name = "开工率", numerator = "x", denominator = "y", scope = "z" });
        var empty = await zsj.PutAsync("/api/signed-contracts/statistics/definitions/StartRate", new { name = "" });
        var saved = await (await zsj.PutAsync("/api/signed-contracts/statistics/definitions/StartRate",
            new { name = "开工率", numerator = "已开工的签约项目数", denominator = "签约项目数", scope = "按签约年度" })).ReadJsonAsync<DefinitionRow>(HttpStatusCode.OK);
        var noYear = await zsj.GetAsync("/api/signed-contracts/statistics");

        before.Single(x => x.Code == "FulfilmentRate").Name.ShouldBe("履约率");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldContain("name");
        saved.ShouldBe(saved with { Numerator = "已开工的签约项目数", Version = before.Single(x => x.Code == "StartRate").Version + 1 });
        (await noYear.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["year"]);
    }
}

public sealed class SqliteStatisticsTests(SqliteApp app) : StatisticsTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresStatisticsTests(PostgresApp app) : StatisticsTests<PostgresApp>(app);
