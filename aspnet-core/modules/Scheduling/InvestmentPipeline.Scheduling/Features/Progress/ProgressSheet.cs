using InvestmentPipeline.Infrastructure.Excel;

namespace InvestmentPipeline.Scheduling.Features.Progress;

/// <summary>项目月度进展表 (IMPORT_FORMATS.md sheet 2): its headers, in the order the district's sheet has them.</summary>
internal static class ProgressSheet
{
    public const string SheetName = "项目月度进展表";
    public const string Name = "项目名称";
    public const string Code = "项目代码";
    public const string Month = "报告月份";
    public const string Investment = "本月完成投资(万元)";
    public const string Cumulative = "累计完成投资(万元)";
    public const string Status = "开复工状态";
    public const string StartDate = "实际开(复)工时间";
    public const string Progress = "形象进度";
    public const string InStatistics = "是否入库";
    public const string Problem = "存在问题";
    public const string Category = "问题类别";

    public static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new(Name, Required: true), new(Code), new(Month, Required: true), new(Investment, Required: true), new(Cumulative),
        new(Status, Required: true), new(StartDate), new(Progress), new(InStatistics), new(Problem), new(Category),
    ];

    public static readonly IReadOnlyDictionary<string, bool> YesNo = new Dictionary<string, bool> { ["是"] = true, ["否"] = false };

    /// <summary>累计完成投资 may differ from the sum of the months by rounding only: 0.01 万元.</summary>
    public const decimal CumulativeTolerance = 100m;
}
