using InvestmentPipeline.SharedKernel.Text;

namespace InvestmentPipeline.Identity.Contracts;

/// <summary>Where a written name is looked for.</summary>
public enum NameScope
{
    /// <summary>Departments and towns.</summary>
    Any,

    /// <summary>Departments that are not towns (委办局, 公司 …).</summary>
    Departments,

    /// <summary>Towns and streets (乡镇/街道) only.</summary>
    Towns,
}

/// <summary>How a written name was found.</summary>
public enum NameMatchKind
{
    /// <summary>The department's name (after normalising: full-width, spaces, ASCII case).</summary>
    Exact,

    /// <summary>One of the department's 简称.</summary>
    Alias,

    /// <summary>The only department whose core is the same (小峡街道 → 小峡镇): accepted with a warning.</summary>
    Core,

    /// <summary>The department the user chose for this text in this import.</summary>
    Mapped,
}

/// <summary>
/// What a written name stands for. Exactly one of: resolved (<see cref="Department"/>, with a <see cref="Warning"/> when
/// only the core matched), ambiguous (several <see cref="Candidates"/>), unknown (maybe <see cref="Suggestions"/>).
/// </summary>
public sealed record NameResolution(
    string Written,
    DepartmentInfo? Department,
    NameMatchKind? Kind,
    IReadOnlyList<DepartmentInfo> Candidates,
    IReadOnlyList<DepartmentInfo> Suggestions) : IWrittenName
{
    public bool IsResolved => Department is not null;

    public bool IsAmbiguous => Department is null && Candidates.Count > 1;

    public bool IsUnknown => Department is null && Candidates.Count <= 1;

    /// <summary>For the user when the name was accepted on its core only, e.g. 「小峡街道」按「小峡镇」导入.</summary>
    public string? Warning { get; init; }

    /// <summary>Why the name cannot be accepted, in Chinese, for an import's error list; null when resolved.</summary>
    public string? Error { get; init; }

    NamedPlace? IWrittenName.Place => Department is { } d ? new NamedPlace(d.Id, d.Name) : null;

    IReadOnlyList<NamedPlace> IWrittenName.Suggestions => Suggestions.Select(d => new NamedPlace(d.Id, d.Name)).ToList();
}
