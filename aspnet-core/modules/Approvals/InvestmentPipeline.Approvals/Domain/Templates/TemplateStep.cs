namespace InvestmentPipeline.Approvals.Domain.Templates;

/// <summary>Where a step's time limit and order come from.</summary>
internal enum StepRuleSource
{
    /// <summary>国家规定: a law, regulation or ministry rule sets it.</summary>
    National = 1,

    /// <summary>参考默认值: a plausible default the commission should check.</summary>
    Default = 2,
}

/// <summary>
/// One step of an approval template: who decides (a department by its code), within how many working days,
/// on which documents, and which steps must be finished first (by their codes).
/// </summary>
internal sealed record TemplateStep
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string DepartmentCode { get; init; }

    /// <summary>Legal time limit in working days (1–365).</summary>
    public int TimeLimitDays { get; init; }

    public IReadOnlyList<string> RequiredDocuments { get; init; } = [];

    public IReadOnlyList<string> Prerequisites { get; init; } = [];

    public StepRuleSource Source { get; init; }

    /// <summary>The rule or reasoning behind the time limit (e.g. "《环境影响评价法》第二十二条").</summary>
    public string Basis { get; init; } = string.Empty;
}
