namespace InvestmentPipeline.SharedKernel.Domain;

/// <summary>A rule an aggregate guards, named so that users could read it (e.g. "审批步骤只能由所属部门办理").</summary>
public interface IBusinessRule
{
    /// <summary>Stable machine code, e.g. "Identity.DepartmentHasUsers".</summary>
    string Code { get; }

    /// <summary>Chinese message shown to the user when the rule is broken.</summary>
    string Message { get; }

    bool IsBroken();

    /// <summary>Facts a client needs to act on the broken rule (e.g. what is missing), sent with the problem; none by default.</summary>
    IReadOnlyDictionary<string, object?> Details => EmptyDetails;

    private static readonly IReadOnlyDictionary<string, object?> EmptyDetails = new Dictionary<string, object?>();
}
