using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Reserve.Domain;

/// <summary>
/// 评分标准: one weighted criterion of the commission's project ranking (政策契合度, 经济效益…). The commission edits names,
/// weights and which are active, and may add criteria it scores itself; the active weights always total 100.
/// </summary>
internal sealed class RankingCriterion : Entity
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 32;

    private RankingCriterion()
    {
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public int Weight { get; private set; }

    public RankingCriterionKind Kind { get; private set; }

    public bool IsActive { get; private set; }

    public int SortOrder { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public static RankingCriterion Create(string code, string name, int weight, RankingCriterionKind kind, int sortOrder)
    {
        CheckRule(new CriterionWeightMustBeAPercentageRule(weight));
        return new RankingCriterion
        {
            Id = Guid.NewGuid(), Code = code, Name = name, Weight = weight, Kind = kind, IsActive = true, SortOrder = sortOrder,
            ConcurrencyStamp = Guid.NewGuid(),
        };
    }

    public void Edit(string name, int weight, bool isActive)
    {
        CheckRule(new CriterionWeightMustBeAPercentageRule(weight));
        if (name == Name && weight == Weight && isActive == IsActive)
        {
            return;
        }

        Name = name;
        Weight = weight;
        IsActive = isActive;
        ConcurrencyStamp = Guid.NewGuid();
    }
}

/// <summary>The ranking is a weighted average: the weights of the active criteria add up to 100.</summary>
internal sealed class ActiveCriteriaWeightsMustTotal100Rule(IEnumerable<RankingCriterion> criteria) : IBusinessRule
{
    private readonly int total = criteria.Where(c => c.IsActive).Sum(c => c.Weight);

    public string Code => "Reserve.RankingWeightsNot100";

    public string Message => $"启用的评分标准权重合计须为 100（当前为 {total}）";

    public bool IsBroken() => total != 100;
}

internal sealed class CriterionWeightMustBeAPercentageRule(int weight) : IBusinessRule
{
    public string Code => "Reserve.RankingWeightRange";

    public string Message => "权重须在 0 到 100 之间";

    public bool IsBroken() => weight is < 0 or > 100;
}
