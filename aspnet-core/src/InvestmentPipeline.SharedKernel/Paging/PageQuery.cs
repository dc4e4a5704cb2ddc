namespace InvestmentPipeline.SharedKernel.Paging;

/// <summary>A 1-based page request, clamped to sane bounds so that no client can ask for everything at once.</summary>
public readonly record struct PageQuery(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    public static PageQuery From(int? page, int? pageSize) =>
        new(Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize));

    public int Skip => (Page - 1) * PageSize;
}
