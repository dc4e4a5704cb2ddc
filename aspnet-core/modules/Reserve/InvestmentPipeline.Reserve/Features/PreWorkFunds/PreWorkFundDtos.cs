using System.ComponentModel.DataAnnotations;

namespace InvestmentPipeline.Reserve.Features.PreWorkFunds;

public sealed record PreWorkSpendingDto(Guid Id, DateOnly Date, decimal Amount, string Description);

public sealed record PreWorkAllocationDto(
    Guid Id, Guid ProjectId, string? ProjectName, decimal Amount, string Purpose, DateOnly AllocatedOn, decimal Spent, decimal Remaining,
    IReadOnlyList<PreWorkSpendingDto> Spendings);

public sealed record PreWorkFundsDto(
    int Year, decimal Budget, decimal Allocated, decimal Spent, decimal Unallocated, IReadOnlyList<PreWorkAllocationDto> Allocations, Guid? ConcurrencyStamp);

public sealed record SetPreWorkBudgetRequest(
    [property: Range(typeof(decimal), "0", "1000000000000", ErrorMessage = "年度预算不能为负数")] decimal Budget,
    Guid? ConcurrencyStamp);

public sealed record AllocatePreWorkFundsRequest(
    [property: Required(ErrorMessage = "请选择项目")] Guid? ProjectId,
    [property: Range(typeof(decimal), "0.01", "1000000000000", ErrorMessage = "安排金额须大于 0")] decimal Amount,
    [property: Required(ErrorMessage = "请填写用途")][property: StringLength(200, ErrorMessage = "用途不能超过 200 个字符")] string Purpose,
    [property: Required(ErrorMessage = "请选择安排日期")] DateOnly? AllocatedOn);

public sealed record RecordPreWorkSpendingRequest(
    [property: Required(ErrorMessage = "请选择支出日期")] DateOnly? Date,
    [property: Range(typeof(decimal), "0.01", "1000000000000", ErrorMessage = "支出金额须大于 0")] decimal Amount,
    [property: Required(ErrorMessage = "请填写说明")][property: StringLength(200, ErrorMessage = "说明不能超过 200 个字符")] string Description);
