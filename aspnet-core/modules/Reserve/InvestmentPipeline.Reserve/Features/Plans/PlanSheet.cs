using InvestmentPipeline.Infrastructure.Excel;

namespace InvestmentPipeline.Reserve.Features.Plans;

/// <summary>年度重点项目计划表 (IMPORT_FORMATS.md sheet 1): its headers, in the order the district's sheet has them.</summary>
internal static class PlanSheet
{
    public const string SheetName = "年度重点项目计划表";
    public const string SerialNo = "序号";
    public const string Name = "项目名称";
    public const string Code = "项目代码";
    public const string Type = "建设性质";
    public const string Sector = "行业领域";
    public const string Town = "建设地点";
    public const string Scope = "建设规模及主要内容";
    public const string TotalInvestment = "总投资(万元)";
    public const string PlannedInvestment = "年度计划投资(万元)";
    public const string PlannedStart = "计划开工时间";
    public const string PlannedCompletion = "计划竣工时间";
    public const string Leader = "包联领导";
    public const string Unit = "责任单位";

    /// <summary>项目单位: optional, so that the district's own sheets without it still import.</summary>
    public const string ProjectUnit = "项目单位";
    public const string Person = "责任人";
    public const string Phone = "联系电话";
    public const string Funding = "资金来源";

    /// <summary>计划开工时间 is required for 新建/拟开工 only: a row rule, not a column that must be there.</summary>
    public static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new(SerialNo), new(Name, Required: true), new(Code), new(Type, Required: true), new(Sector, Required: true), new(Town), new(Scope),
        new(TotalInvestment, Required: true), new(PlannedInvestment, Required: true), new(PlannedStart), new(PlannedCompletion),
        new(Leader), new(Unit, Required: true), new(ProjectUnit), new(Person), new(Phone), new(Funding),
    ];

    public static string FileName(int year) => $"{year}年度重点项目计划表.xlsx";
}
