using InvestmentPipeline.SharedKernel.Domain;
using InvestmentPipeline.SharedKernel.Text;

namespace InvestmentPipeline.Identity.Domain;

/// <summary>A node of the district's organisation tree (区政府 → 委办局, 乡镇/街道 …).</summary>
internal sealed class Department : Entity
{
    public const int NameMaxLength = 64;
    public const int CodeMaxLength = 32;
    public const int MaxAliases = 50;

    private readonly List<DepartmentAlias> aliases = [];

    private Department()
    {
    }

    public Department(Guid id, Guid? parentId, string name, string code, int sortOrder)
    {
        Id = id;
        ParentId = parentId;
        Name = name;
        Code = code;
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }

    public Guid? ParentId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Code { get; private set; } = string.Empty;

    public int SortOrder { get; private set; }

    /// <summary>Changes on every edit; an edit based on an older stamp is a conflict (409).</summary>
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<DepartmentAlias> Aliases => aliases;

    public void Change(Guid? parentId, string name, string code, int sortOrder, IReadOnlyDictionary<Guid, Guid?> parentOf)
    {
        CheckRule(new DepartmentCannotMoveUnderItselfRule(Id, parentId, parentOf));
        ParentId = parentId;
        Name = name;
        Code = code;
        SortOrder = sortOrder;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>
    /// The 简称 become <paramref name="wanted"/> (trimmed; one per normalised text, the first spelling wins); an alias
    /// kept keeps its row. <paramref name="holdersOf"/> tells who holds a normalised text as a name or a 简称.
    /// </summary>
    public void ReplaceAliases(IEnumerable<string> wanted, Func<string, IEnumerable<NameHolder>> holdersOf)
    {
        var byKey = wanted.Select(a => a.Trim()).DistinctBy(OrganisationName.Normalize).ToDictionary(OrganisationName.Normalize);
        foreach (var alias in byKey.Values)
        {
            CheckRule(new AliasMustNameOnePlaceRule(alias, Id, holdersOf(OrganisationName.Normalize(alias))));
        }

        aliases.RemoveAll(a => !byKey.ContainsKey(a.NormalizedAlias));
        foreach (var (key, alias) in byKey)
        {
            if (aliases.Find(a => a.NormalizedAlias == key) is { } kept)
            {
                kept.Respell(alias);
            }
            else
            {
                aliases.Add(new DepartmentAlias(Id, alias));
            }
        }

        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>Adds one 简称 (「记住此简称」 in an import); false when the department already has it.</summary>
    public bool AddAlias(string alias, IEnumerable<NameHolder> holders)
    {
        var trimmed = alias.Trim();
        if (aliases.Exists(a => a.NormalizedAlias == OrganisationName.Normalize(trimmed)))
        {
            return false;
        }

        CheckRule(new AliasMustNameOnePlaceRule(trimmed, Id, holders));
        aliases.Add(new DepartmentAlias(Id, trimmed));
        ConcurrencyStamp = Guid.NewGuid();
        return true;
    }
}

internal sealed class DepartmentCannotMoveUnderItselfRule(Guid id, Guid? newParentId, IReadOnlyDictionary<Guid, Guid?> parentOf) : IBusinessRule
{
    public string Code => "Identity.DepartmentCycle";

    public string Message => "部门不能移动到其自身或其下级部门之下";

    public bool IsBroken()
    {
        for (var current = newParentId; current is not null; current = parentOf.GetValueOrDefault(current.Value))
        {
            if (current == id)
            {
                return true;
            }
        }

        return false;
    }
}

internal sealed class DepartmentCanBeDeletedOnlyWhenEmptyRule(int userCount, int childCount) : IBusinessRule
{
    public string Code => "Identity.DepartmentInUse";

    public string Message => $"部门下还有 {userCount} 个用户和 {childCount} 个下级部门，不能删除";

    public bool IsBroken() => userCount > 0 || childCount > 0;
}
