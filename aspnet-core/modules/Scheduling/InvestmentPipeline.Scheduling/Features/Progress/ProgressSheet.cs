using InvestmentPipeline.Infrastructure.Excel;

namespace InvestmentPipeline.Scheduling.Features.Progress;

/// <summary>项目月度进展表 (monthly progress report): its headers, in the order the district's sheet has them.</summary>
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

    /// <summary>The columns with the names district offices also give them.</summary>
    public static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new(Name, Required: true, Synonyms: ["建设项目名称", "项目"]),
        new(Code, Synonyms: ["国家项目代码", "项目编码", "代码"]),
        new(Month, Required: true, Synonyms: ["月份", "填报月份", "报送月份", "统计月份"]),
        new(Investment, Required: true, Synonyms: ["本月完成投资", "当月完成投资", "本月完成", "月完成投资"]),
        new(Cumulative, Synonyms: ["累计完成投资", "本年累计完成投资", "年度累计完成投资", "累计完成"]),
        new(Status, Required: true, Synonyms: ["开(复)工状态", "开复工情况", "开工状态", "是否开(复)工"]),
        new(StartDate, Synonyms: ["实际开复工时间", "实际开工时间", "开(复)工时间", "开工日期"]),
        new(Progress, Synonyms: ["工程形象进度", "项目进展情况", "进展情况"]),
        new(InStatistics, Synonyms: ["是否纳入统计", "入库情况", "是否入统"]),
        new(Problem, Synonyms: ["存在的问题", "存在问题及困难", "问题"]),
        new(Category, Synonyms: ["问题分类", "问题类型"]),
    ];

    public static readonly IReadOnlyDictionary<string, bool> YesNo = new Dictionary<string, bool> { ["是"] = true, ["否"] = false };

    /// <summary>累计完成投资 may differ from the sum of the months by rounding only: 0.01 万元.</summary>
    public const decimal CumulativeTolerance = 100m;
}
