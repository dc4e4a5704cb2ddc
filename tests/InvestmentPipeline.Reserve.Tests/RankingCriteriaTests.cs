using System.Net;

namespace InvestmentPipeline.Reserve.Tests;

/// <summary>Edits the criteria of its own host, so that the other ranking tests keep the seeded weights.</summary>
public abstract class RankingCriteriaTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private static object Edit(CriterionRow c, int? weight = null, bool? isActive = null, Guid? stamp = null) =>
        new { id = c.Id, name = c.Name, weight = weight ?? c.Weight, isActive = isActive ?? c.IsActive, concurrencyStamp = stamp ?? c.ConcurrencyStamp };

    [Fact]
    public async Task The_commission_reweighs_and_adds_criteria_keeping_the_active_weights_at_100()
    {
        using var fgw = await app.SignInAsync("fgw");
        var seeded = await fgw.GetJsonAsync<List<CriterionRow>>("/api/reserve/ranking/criteria");
        var policy = seeded.Single(c => c.Code == "POLICY");
        var social = seeded.Single(c => c.Code == "SOCIAL");

        var notHundred = await (await fgw.PutAsync("/api/reserve/ranking/criteria", new { criteria = new[] { Edit(policy, weight: 30) } }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var badWeight = await (await fgw.PutAsync("/api/reserve/ranking/criteria", new { criteria = new[] { Edit(policy, weight: 120) } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var saved = await (await fgw.PutAsync("/api/reserve/ranking/criteria", new
        {
            criteria = new[]
            {
                Edit(policy, weight: 20),
                Edit(social, isActive: false),
                new { id = (Guid?)null, name = "带动就业", weight = 20, isActive = true, concurrencyStamp = (Guid?)null },
            },
        })).ReadJsonAsync<List<CriterionRow>>(HttpStatusCode.OK);
        var stale = await (await fgw.PutAsync("/api/reserve/ranking/criteria", new { criteria = new[] { Edit(policy) } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        seeded.Select(c => (c.Name, c.Weight, c.Kind)).ShouldBe([
            ("政策契合度", 25, "Assessed"), ("经济效益", 20, "Assessed"), ("社会效益", 15, "Assessed"),
            ("项目成熟度", 25, "Maturity"), ("资金落实度", 15, "FundingReadiness")]);
        notHundred.Code.ShouldBe("Reserve.RankingWeightsNot100");
        notHundred.Detail.ShouldBe("启用的评分标准权重合计须为 100（当前为 105）");
        badWeight.Errors!["criteria[0].weight"].ShouldBe(["权重须在 0 到 100 之间"]);
        saved.Where(c => c.IsActive).Sum(c => c.Weight).ShouldBe(100);
        saved.Last().ShouldSatisfyAllConditions(c => c.Name.ShouldBe("带动就业"), c => c.Kind.ShouldBe("Assessed"));
        stale.Code.ShouldBe("Conflict");
        (await fgw.GetJsonAsync<List<CriterionRow>>("/api/reserve/ranking/criteria")).ShouldBe(saved);

        // The ranking follows: the new criterion is offered for scoring, the deactivated one is gone from the breakdown.
        var ranked = await fgw.GetJsonAsync<Page<RankedRow>>("/api/reserve/ranking?search=七星台森林公园");
        ranked.Items.Single().Criteria.Select(c => c.Name).ShouldBe(["政策契合度", "经济效益", "项目成熟度", "资金落实度", "带动就业"]);
        var assessment = await fgw.GetJsonAsync<AssessmentRow>($"/api/reserve/projects/{ranked.Items.Single().Project.Id}/assessment");
        assessment.Scores.Select(s => s.Name).ShouldBe(["政策契合度", "经济效益", "带动就业"]);
    }
}

public sealed class RankingCriteriaTestsOnSqlite(SqliteApp app) : RankingCriteriaTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class RankingCriteriaTestsOnPostgres(PostgresApp app) : RankingCriteriaTests<PostgresApp>(app);
