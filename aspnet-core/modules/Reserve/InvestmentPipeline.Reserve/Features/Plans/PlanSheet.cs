using InvestmentPipeline.Infrastructure.Excel;

namespace InvestmentPipeline.Reserve.Features.Plans;

/// <summary>年度重点项目计划表 (annual key-project plan): its headers, in the order the district's sheet has them.</summary>
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

    /// <summary>
    /// The columns with the names district offices also give them (a leading year, as in 2019年计划投资, is ignored);
    /// 计划开工时间 is required for 新建/拟开工 only (a row rule), and group rows (一、续建项目) may stand in for 建设性质.
    /// </summary>
    public static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new(SerialNo, Synonyms: ["编号", "序"]),
        new(Name, Required: true, Synonyms: ["建设项目名称", "项目", "项目名"]),
        new(Code, Synonyms: ["国家项目代码", "项目编码", "统一项目代码", "项目统一代码", "代码"]),
        new(Type, Required: true, Synonyms: ["项目类型", "建设类型", "项目性质", "性质"], FilledByGroup: true),
        new(Sector, Required: true, Synonyms: ["行业", "领域", "所属行业", "行业类别", "项目类别"]),
        new(Town, Synonyms: ["地点", "建设地址", "项目地点", "所在乡镇", "乡镇", "所在乡镇(街道)"]),
        new(Scope, Synonyms: ["建设规模和主要内容", "建设内容及规模", "主要建设内容", "建设规模", "建设内容"]),
        new(TotalInvestment, Required: true, Synonyms: ["总投资", "计划总投资", "项目总投资", "总投资额"]),
        new(PlannedInvestment, Required: true, Synonyms: ["年度计划投资", "本年计划投资", "本年度计划投资", "年度投资计划", "计划投资", "年度计划完成投资", "计划完成投资"]),
        new(PlannedStart, Synonyms: ["计划开工", "开工时间", "开工日期", "计划开(复)工时间", "计划开复工时间", "开复工时间"]),
        new(PlannedCompletion, Synonyms: ["计划竣工", "竣工时间", "计划完工时间", "完工时间"]),
        new(Leader, Synonyms: ["联系领导", "包抓领导", "责任领导", "分管领导", "县级领导"]),
        new(Unit, Required: true, Synonyms: ["牵头单位", "责任部门", "牵头部门", "主管部门", "责任主体"]),
        new(ProjectUnit, Synonyms: ["实施单位", "项目实施单位", "建设单位", "项目业主", "业主单位"]),
        new(Person, Synonyms: ["负责人", "项目负责人", "联系人"]),
        new(Phone, Synonyms: ["电话", "手机", "联系方式"]),
        new(Funding, Synonyms: ["资金渠道", "资金筹措", "资金来源渠道"]),
    ];

    public static string FileName(int year) => $"{year}年度重点项目计划表.xlsx";
}
