using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Scheduling.Domain.Warnings;

/// <summary>
/// A warning rule as data: what it measures (in its unit) and the thresholds the key-projects office sets. A measure at
/// or above the yellow threshold is yellow, above the red threshold red. A changed threshold is a new version, and every
/// warning records the version that raised it.
/// </summary>
internal sealed class WarningRule : Entity
{
    private WarningRule()
    {
    }

    public Guid Id { get; private set; }

    public WarningRuleCode Code { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>What is measured, in words, e.g. "计划开工月份之后仍未开工的月数".</summary>
    public string Measure { get; private set; } = "";

    /// <summary>个月 or 个百分点.</summary>
    public string Unit { get; private set; } = "";

    public decimal YellowThreshold { get; private set; }

    public decimal RedThreshold { get; private set; }

    public bool Enabled { get; private set; }

    public int Version { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public static WarningRule Seed(WarningRuleCode code, string name, string measure, string unit, decimal yellow, decimal red, bool enabled, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(), Code = code, Name = name, Measure = measure, Unit = unit, YellowThreshold = yellow, RedThreshold = red,
        Enabled = enabled, Version = 1, ChangedAtUtc = nowUtc, ConcurrencyStamp = Guid.NewGuid(),
    };

    /// <summary>Green (null), yellow or red for a measure under the current thresholds.</summary>
    public WarningLevel? LevelFor(decimal measure) =>
        measure > RedThreshold ? WarningLevel.Red : measure >= YellowThreshold ? WarningLevel.Yellow : null;

    public string Thresholds => $"≥{YellowThreshold:0.##} {Unit}为黄色，>{RedThreshold:0.##} {Unit}为红色";

    /// <summary>A new measure for the rule (a placeholder given its data source), as a new version.</summary>
    public void Redefine(string measure, string unit, decimal yellow, decimal red, bool enabled, DateTime nowUtc)
    {
        CheckRule(new ThresholdsOrderedRule(yellow, red));
        Measure = measure;
        Unit = unit;
        YellowThreshold = yellow;
        RedThreshold = red;
        Enabled = enabled;
        Version++;
        ChangedAtUtc = nowUtc;
        ConcurrencyStamp = Guid.NewGuid();
    }

    public void Change(decimal yellow, decimal red, bool enabled, bool hasDataSource, DateTime nowUtc)
    {
        CheckRule(new ThresholdsOrderedRule(yellow, red));
        CheckRule(new RuleNeedsDataSourceRule(Name, enabled, hasDataSource));
        if (yellow == YellowThreshold && red == RedThreshold && enabled == Enabled)
        {
            return;
        }

        YellowThreshold = yellow;
        RedThreshold = red;
        Enabled = enabled;
        Version++;
        ChangedAtUtc = nowUtc;
        ConcurrencyStamp = Guid.NewGuid();
    }
}

internal sealed class ThresholdsOrderedRule(decimal yellow, decimal red) : IBusinessRule
{
    public string Code => "Scheduling.WarningThresholds";

    public string Message => "阈值不能为负，红色阈值不能低于黄色阈值";

    public bool IsBroken() => yellow < 0 || red < yellow;
}

internal sealed class RuleNeedsDataSourceRule(string name, bool enabled, bool hasDataSource) : IBusinessRule
{
    public string Code => "Scheduling.WarningRuleWithoutData";

    public string Message => $"{name}的数据来源（前期审批模块）尚未接入，暂不能启用";

    public bool IsBroken() => enabled && !hasDataSource;
}
