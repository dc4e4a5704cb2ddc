using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Reserve.Domain;

/// <summary>
/// 前期工作经费 of one year: the budget the district sets aside for preparing reserve projects, what is allocated to
/// which project, and what has been spent. Allocations never exceed the budget, spending never exceeds its allocation.
/// </summary>
internal sealed class PreWorkFundYear : Entity
{
    private PreWorkFundYear()
    {
    }

    public int Year { get; private set; }

    public decimal Budget { get; private set; }

    public List<PreWorkAllocation> Allocations { get; private set; } = [];

    public Guid ConcurrencyStamp { get; private set; }

    public decimal Allocated => Allocations.Sum(a => a.Amount);

    public decimal Spent => Allocations.Sum(a => a.Spent);

    public static PreWorkFundYear Open(int year) => new() { Year = year, ConcurrencyStamp = Guid.NewGuid() };

    public void SetBudget(decimal budget)
    {
        CheckRule(new AllocationsMustStayWithinBudgetRule(budget, Allocated));
        Budget = budget;
        ConcurrencyStamp = Guid.NewGuid();
    }

    public PreWorkAllocation Allocate(Guid projectId, Contracts.ProjectState projectState, decimal amount, string purpose, DateOnly allocatedOn)
    {
        CheckRule(new PreWorkFundsOnlyForProjectsInPreparationRule(projectState));
        CheckRule(new AllocationsMustStayWithinBudgetRule(Budget, Allocated + amount));
        var allocation = new PreWorkAllocation(Guid.NewGuid(), Year, projectId, amount, purpose, allocatedOn);
        Allocations.Add(allocation);
        ConcurrencyStamp = Guid.NewGuid();
        return allocation;
    }
}

internal sealed class PreWorkAllocation : Entity
{
    private PreWorkAllocation()
    {
    }

    public PreWorkAllocation(Guid id, int year, Guid projectId, decimal amount, string purpose, DateOnly allocatedOn)
    {
        Id = id;
        Year = year;
        ProjectId = projectId;
        Amount = amount;
        Purpose = purpose;
        AllocatedOn = allocatedOn;
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public Guid ProjectId { get; private set; }

    public decimal Amount { get; private set; }

    public string Purpose { get; private set; } = string.Empty;

    public DateOnly AllocatedOn { get; private set; }

    public List<PreWorkSpending> Spendings { get; private set; } = [];

    public decimal Spent => Spendings.Sum(s => s.Amount);

    public void RecordSpending(DateOnly date, decimal amount, string description, DateOnly today)
    {
        CheckRule(new SpendingMustStayWithinAllocationRule(Amount, Spent + amount));
        CheckRule(new SpendingDateCannotBeInTheFutureRule(date, today));
        Spendings.Add(new PreWorkSpending(Guid.NewGuid(), Id, date, amount, description));
    }
}

internal sealed record PreWorkSpending(Guid Id, Guid AllocationId, DateOnly Date, decimal Amount, string Description);

internal sealed class AllocationsMustStayWithinBudgetRule(decimal budget, decimal allocated) : IBusinessRule
{
    public string Code => "Reserve.AllocationExceedsBudget";

    public string Message => $"安排合计 {allocated / 10_000m:N2} 万元超过年度预算 {budget / 10_000m:N2} 万元";

    public bool IsBroken() => allocated > budget;
}

internal sealed class SpendingMustStayWithinAllocationRule(decimal allocation, decimal spent) : IBusinessRule
{
    public string Code => "Reserve.SpendingExceedsAllocation";

    public string Message => $"支出合计 {spent / 10_000m:N2} 万元超过安排金额 {allocation / 10_000m:N2} 万元";

    public bool IsBroken() => spent > allocation;
}

internal sealed class SpendingDateCannotBeInTheFutureRule(DateOnly date, DateOnly today) : IBusinessRule
{
    public string Code => "Reserve.SpendingInFuture";

    public string Message => "支出日期不能晚于今天";

    public bool IsBroken() => date > today;
}

/// <summary>前期工作经费 go to projects still being prepared (储备 or 前期), not to ones already built.</summary>
internal sealed class PreWorkFundsOnlyForProjectsInPreparationRule(Contracts.ProjectState state) : IBusinessRule
{
    public string Code => "Reserve.ProjectNotInPreparation";

    public string Message => "前期工作经费只能安排给储备或前期阶段的项目";

    public bool IsBroken() => state is not (Contracts.ProjectState.Reserve or Contracts.ProjectState.PreConstruction);
}
