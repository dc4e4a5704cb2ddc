using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Reserve.Domain;

/// <summary>
/// One target of the year: for the rate kinds, <paramref name="Value"/> is a percentage reached by the end of
/// <paramref name="Month"/>; for <see cref="PlanTargetKind.AnnualInvestment"/> it is yuan completed by then.
/// </summary>
internal sealed record PlanTarget(PlanTargetKind Kind, int Month, decimal Value);

/// <summary>年度重点项目计划 of one year: its targets, which the commission edits; the entries are their own aggregates.</summary>
internal sealed class AnnualPlan : Entity
{
    private AnnualPlan()
    {
    }

    public int Year { get; private set; }

    public List<PlanTarget> Targets { get; private set; } = [];

    public Guid ConcurrencyStamp { get; private set; }

    public static AnnualPlan Open(int year) => new() { Year = year, ConcurrencyStamp = Guid.NewGuid() };

    public void SetTargets(IReadOnlyList<PlanTarget> targets)
    {
        CheckRule(new OneTargetPerKindRule(targets));
        foreach (var target in targets)
        {
            CheckRule(new TargetMustBePlausibleRule(target));
        }

        Targets = [.. targets.OrderBy(t => t.Kind)];
        ConcurrencyStamp = Guid.NewGuid();
    }
}

internal sealed class OneTargetPerKindRule(IReadOnlyList<PlanTarget> targets) : IBusinessRule
{
    public string Code => "Reserve.DuplicateTarget";

    public string Message => "每类目标只能设置一条";

    public bool IsBroken() => targets.GroupBy(t => t.Kind).Any(g => g.Count() > 1);
}

internal sealed class TargetMustBePlausibleRule(PlanTarget target) : IBusinessRule
{
    public string Code => "Reserve.TargetOutOfRange";

    public string Message => target.Month is < 1 or > 12
        ? "目标月份须在 1 至 12 月之间"
        : target.Kind == PlanTargetKind.AnnualInvestment ? "年度投资目标须大于 0" : "目标比例须在 0 至 100% 之间";

    public bool IsBroken() => target.Month is < 1 or > 12 || (target.Kind == PlanTargetKind.AnnualInvestment
        ? target.Value <= 0
        : target.Value is < 0 or > 100);
}

internal static class ConstructionTypeNames
{
    public static readonly IReadOnlyDictionary<string, ConstructionType> ByName = new Dictionary<string, ConstructionType>
    {
        ["新建"] = ConstructionType.New,
        ["续建"] = ConstructionType.Continuing,
        ["拟开工"] = ConstructionType.ToStart,
    };

    public static string Of(ConstructionType type) => type switch
    {
        ConstructionType.New => "新建",
        ConstructionType.Continuing => "续建",
        _ => "拟开工",
    };
}
