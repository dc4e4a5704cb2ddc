using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Features.Briefs;
using InvestmentPipeline.Scheduling.Features.Statistics;

namespace InvestmentPipeline.Scheduling.Tests;

/// <summary>A brief's Word document is a function of its snapshot alone: rendered again later, it is the same file, byte for byte.</summary>
public sealed class BriefDocumentRuleTests
{
    private static readonly BriefSnapshot Snapshot = new(
        2019, 6, "2019年1-6月全区重点项目推进情况通报", new DateTime(2019, 7, 3, 2, 0, 0, DateTimeKind.Utc), "发改委演示用户",
        new StatisticsDto(
            2019, 6, 2, 1, 0, 1, 1, 0, 0, 0m, 1m, 0.5m, 1_000_000m, null, null, null, 20_000_000m, 0.05m, 0.4959m, 1, 0,
            [new TypeFiguresDto(ConstructionType.New, 1, 0, 10_000_000m, 0m)], [new SectorFiguresDto("MUNICIPAL", 2, 1, 20_000_000m, 1_000_000m)], [], []),
        [new BriefProjectLine("乐都路", ConstructionType.New, "区住房和城乡建设局", 10_000_000m, 0m, new DateOnly(2019, 3, 1), null, "征地拆迁", "东侧 12 户未签约")],
        [], [], [], null, [], []);

    [Fact]
    public async Task The_same_snapshot_renders_to_the_same_bytes_at_another_time()
    {
        var first = BriefDocument.Render(Snapshot);
        await Task.Delay(TimeSpan.FromSeconds(2.2)); // a zip entry's time has a 2-second resolution
        var again = BriefDocument.Render(Snapshot);

        again.ShouldBe(first);
    }
}
