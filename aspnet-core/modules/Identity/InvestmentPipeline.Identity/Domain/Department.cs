using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Identity.Domain;

/// <summary>A node of the district's organisation tree (区政府 → 委办局, 乡镇/街道 …).</summary>
internal sealed class Department : Entity
{
    public const int NameMaxLength = 64;
    public const int CodeMaxLength = 32;

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

    public void Change(Guid? parentId, string name, string code, int sortOrder, IReadOnlyDictionary<Guid, Guid?> parentOf)
    {
        CheckRule(new DepartmentCannotMoveUnderItselfRule(Id, parentId, parentOf));
        ParentId = parentId;
        Name = name;
        Code = code;
        SortOrder = sortOrder;
        ConcurrencyStamp = Guid.NewGuid();
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
