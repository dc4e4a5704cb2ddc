using InvestmentPipeline.SharedKernel.Domain;
using InvestmentPipeline.SharedKernel.Text;

namespace InvestmentPipeline.Identity.Domain;

/// <summary>A 简称 of a department or town as people write it (区发改委, 石灰窑乡); one normalised text names one place.</summary>
internal sealed class DepartmentAlias
{
    public const int MaxLength = 64;

    /// <summary>NFKC may write one character as several (㍿ → 株式会社).</summary>
    public const int NormalizedMaxLength = 4 * MaxLength;

    private DepartmentAlias()
    {
    }

    public DepartmentAlias(Guid departmentId, string alias)
    {
        Id = Guid.NewGuid();
        DepartmentId = departmentId;
        Respell(alias);
    }

    public Guid Id { get; private set; }

    public Guid DepartmentId { get; private set; }

    /// <summary>As the user entered it.</summary>
    public string Alias { get; private set; } = string.Empty;

    /// <summary><see cref="OrganisationName.Normalize"/> of <see cref="Alias"/>, unique over all departments.</summary>
    public string NormalizedAlias { get; private set; } = string.Empty;

    /// <summary>Another spelling of the same normalised alias (e.g. half-width instead of full-width).</summary>
    public void Respell(string alias)
    {
        Alias = alias;
        NormalizedAlias = OrganisationName.Normalize(alias);
    }
}

/// <summary>A department holding a normalised text as its name or as one of its 简称.</summary>
internal sealed record NameHolder(Guid DepartmentId, string DepartmentName, bool IsAlias);

/// <summary>An alias must name one place only: not another department's name or 简称, nor its own department's name.</summary>
internal sealed class AliasMustNameOnePlaceRule(string alias, Guid departmentId, IEnumerable<NameHolder> holders) : IBusinessRule
{
    private readonly NameHolder? holder = holders.FirstOrDefault(h => h.DepartmentId != departmentId || !h.IsAlias);

    public string Code => "Identity.AliasTaken";

    public string Message => holder switch
    {
        null => string.Empty,
        { IsAlias: true } => $"「{alias}」已是「{holder.DepartmentName}」的简称",
        _ when holder.DepartmentId == departmentId => $"「{alias}」就是本部门的名称，不必设为简称",
        _ => $"「{alias}」是「{holder.DepartmentName}」的名称，不能作为其他部门的简称",
    };

    public bool IsBroken() => holder is not null;
}

/// <summary>A department's name must not be a 简称 (the resolver would find two places, or an alias equal to its own name).</summary>
internal sealed class NameMustNotBeAnAliasRule(string name, NameHolder? aliasHolder) : IBusinessRule
{
    public string Code => "Identity.NameIsAlias";

    public string Message => $"「{name}」已是「{aliasHolder?.DepartmentName}」的简称，请先在该部门的简称中删除";

    public bool IsBroken() => aliasHolder is not null;
}
