using InvestmentPipeline.Infrastructure.Excel;

namespace InvestmentPipeline.SignedContracts.Features.Sheet;

/// <summary>签约项目台账 (IMPORT_FORMATS.md sheet 3): its headers, in the order the district's sheet has them.</summary>
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

    public static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new(ProjectName, Required: true), new(Company, Required: true), new(CreditCode), new(SignedOn, Required: true), new(SigningEvent),
        new(Industry, Required: true), new(Amount, Required: true), new(Funds), new(State, Required: true), new(Department, Required: true),
    ];
}
