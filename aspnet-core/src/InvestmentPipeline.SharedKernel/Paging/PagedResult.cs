namespace InvestmentPipeline.SharedKernel.Paging;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);
