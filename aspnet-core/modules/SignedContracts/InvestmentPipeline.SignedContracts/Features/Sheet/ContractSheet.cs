using InvestmentPipeline.Infrastructure.Excel;

namespace InvestmentPipeline.SignedContracts.Features.Sheet;

/// <summary>签约项目台账 (signed-contract ledger): its headers, in the order the district's sheet has them.</summary>
internal static class ContractSheet
{
    public const string SheetName = "签约项目台账";
    public const string ProjectName = "项目名称";
    public const string Company = "签约企业";
    public const string CreditCode = "统一社会信用代码";
    public const string SignedOn = "签约时间";
    public const string SigningEvent = "签约活动";
    public const string Industry = "产业类别";
    public const string Amount = "协议投资额(万元)";
    public const string Funds = "累计到位资金(万元)";
    public const string State = "履约状态";
    public const string Department = "责任单位";

    /// <summary>The columns with the names district offices also give them.</summary>
    public static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new(ProjectName, Required: true, Synonyms: ["签约项目名称", "项目"]),
        new(Company, Required: true, Synonyms: ["签约企业名称", "企业名称", "签约单位", "投资方", "投资企业"]),
        new(CreditCode, Synonyms: ["社会信用代码", "信用代码", "统一代码"]),
        new(SignedOn, Required: true, Synonyms: ["签约日期", "签约时间(日期)"]),
        new(SigningEvent, Synonyms: ["签约活动名称", "签约场合", "签约会议"]),
        new(Industry, Required: true, Synonyms: ["产业", "产业领域", "所属产业", "行业类别"]),
        new(Amount, Required: true, Synonyms: ["协议投资额", "签约金额", "协议金额", "合同金额", "签约投资额"]),
        new(Funds, Synonyms: ["累计到位资金", "到位资金", "资金到位", "累计到位"]),
        new(State, Required: true, Synonyms: ["履约情况", "进展状态", "项目状态"]),
        new(Department, Required: true, Synonyms: ["跟踪单位", "牵头单位", "责任部门", "跟踪服务单位"]),
    ];
}
