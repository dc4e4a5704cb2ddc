using InvestmentPipeline.Approvals.Domain.Templates;
using InvestmentPipeline.Reserve.Contracts;

namespace InvestmentPipeline.Approvals.Seeding;

/// <summary>
/// The first version of each regime's template, from national practice. Departments are Identity's seeded codes
/// (DRC 发改委, NRB 自然资源局, EEB 生态环境局, HUD 住建局). Time limits marked 国家规定 cite their rule; the others are
/// 参考默认值 for the commission to confirm (local rules often set shorter limits).
/// </summary>
internal static class NationalTemplates
{
    private const string Drc = "DRC";
    private const string Nrb = "NRB";
    private const string Eeb = "EEB";
    private const string Hud = "HUD";

    public static readonly IReadOnlyList<(InvestmentRegime Regime, string Name, IReadOnlyList<TemplateStep> Steps)> All =
    [
        (InvestmentRegime.Approval, "审批制（政府投资项目）", ApprovalRegime()),
        (InvestmentRegime.Verification, "核准制（企业投资核准目录项目）", VerificationRegime()),
        (InvestmentRegime.Filing, "备案制（其他企业投资项目）", FilingRegime()),
    ];

    private static TemplateStep[] ApprovalRegime() =>
    [
        Step("PROPOSAL", "项目建议书审批", Drc, 20, ["项目建议书", "申请文件"], [], StepRuleSource.Default,
            "《政府投资条例》规定审批项目建议书，未规定办理时限；参考各地通行的 20 个工作日。"),
        LandPreReview(["PROPOSAL"]),
        Eia(["PROPOSAL"], 60, "《环境影响评价法》第二十二条：报告书自收到之日起 60 日内、报告表 30 日内作出审批决定；政府投资项目按报告书取 60。"),
        Step("ENERGY", "节能审查", Drc, 20, ["节能报告"], ["PROPOSAL"], StepRuleSource.Default,
            "《固定资产投资项目节能审查办法》要求开工前取得节能审查意见；时限参考各地通行的 20 个工作日。"),
        Step("STABILITY", "社会稳定风险评估", Drc, 30, ["社会稳定风险分析报告", "评估报告"], ["PROPOSAL"], StepRuleSource.Default,
            "国家发展改革委《重大固定资产投资项目社会稳定风险评估暂行办法》：评估报告作为可研审批的依据。种子部门中没有政法委，暂由发改委办理；时限为参考默认值。"),
        Step("FEASIBILITY", "可行性研究报告批复", Drc, 20, ["可行性研究报告", "用地预审与选址意见书", "环评批复", "节能审查意见", "社会稳定风险评估报告"],
            ["LAND", "EIA", "ENERGY", "STABILITY"], StepRuleSource.Default, "《政府投资条例》第九条：审批可行性研究报告；时限参考各地通行的 20 个工作日。"),
        Step("PRELIM_DESIGN", "初步设计及概算批复", Drc, 20, ["初步设计文件", "投资概算"], ["FEASIBILITY"], StepRuleSource.Default,
            "《政府投资条例》第十一条：审批初步设计及其提出的投资概算；时限参考 20 个工作日。"),
        PlanningPermit(["PRELIM_DESIGN"]),
        Step("DRAWING_REVIEW", "施工图审查", Hud, 15, ["施工图设计文件", "勘察成果文件"], ["PLANNING_PERMIT"], StepRuleSource.National,
            "《房屋建筑和市政基础设施工程施工图设计文件审查管理办法》第十三条：一级以上项目不超过 15 个工作日，二级及以下不超过 10 个工作日；取 15。"),
        ConstructionPermit(["DRAWING_REVIEW"]),
    ];

    private static TemplateStep[] VerificationRegime() =>
    [
        LandPreReview([]),
        Eia([], 60, "《环境影响评价法》第二十二条：报告书 60 日、报告表 30 日；按报告书取 60。"),
        Step("ENERGY", "节能审查", Drc, 20, ["节能报告"], [], StepRuleSource.Default,
            "《固定资产投资项目节能审查办法》要求开工前取得节能审查意见；时限参考 20 个工作日。"),
        Step("VERIFICATION", "项目申请报告核准", Drc, 20, ["项目申请报告", "用地预审与选址意见书", "环评批复", "节能审查意见"], ["LAND", "EIA", "ENERGY"], StepRuleSource.National,
            "《企业投资项目核准和备案管理条例》第十条：核准机关自受理之日起 20 个工作日内作出是否核准的决定。"),
        PlanningPermit(["VERIFICATION"]),
        ConstructionPermit(["PLANNING_PERMIT"]),
    ];

    private static TemplateStep[] FilingRegime() =>
    [
        Step("FILING", "项目备案", Drc, 1, ["项目备案信息（在线平台告知）"], [], StepRuleSource.National,
            "《企业投资项目核准和备案管理条例》第十三条：备案机关收到全部信息即为备案，当场办结；按 1 个工作日计。"),
        Eia(["FILING"], 30, "《环境影响评价法》第二十二条：报告表自收到之日起 30 日内作出审批决定（一般企业项目按报告表）。"),
        LandPreReview(["FILING"]),
        PlanningPermit(["EIA", "LAND"]),
        ConstructionPermit(["PLANNING_PERMIT"]),
    ];

    private static TemplateStep LandPreReview(string[] prerequisites) =>
        Step("LAND", "用地预审与选址意见书", Nrb, 20, ["用地预审与选址申请", "建设项目用地范围图"], prerequisites, StepRuleSource.National,
            "《建设项目用地预审管理办法》第十条：自受理之日起 20 日内完成审查。");

    private static TemplateStep Eia(string[] prerequisites, int days, string basis) =>
        Step("EIA", "环境影响评价审批", Eeb, days, ["环境影响报告书（表）", "公众参与说明"], prerequisites, StepRuleSource.National, basis);

    private static TemplateStep PlanningPermit(string[] prerequisites) =>
        Step("PLANNING_PERMIT", "建设工程规划许可证", Nrb, 20, ["建设工程设计方案", "用地批准文件"], prerequisites, StepRuleSource.Default,
            "《城乡规划法》第四十条规定核发建设工程规划许可证，未规定办理时限；参考 20 个工作日。");

    private static TemplateStep ConstructionPermit(string[] prerequisites) =>
        Step("CONSTRUCTION_PERMIT", "建筑工程施工许可证", Hud, 7, ["施工许可申请表", "规划许可证", "施工合同", "施工图审查合格书"], prerequisites, StepRuleSource.National,
            "《建筑法》第八条：建设行政主管部门自收到申请之日起 7 日内颁发施工许可证（材料齐全）。");

    private static TemplateStep Step(string code, string name, string department, int days, string[] documents, string[] prerequisites, StepRuleSource source, string basis) =>
        new()
        {
            Code = code,
            Name = name,
            DepartmentCode = department,
            TimeLimitDays = days,
            RequiredDocuments = documents,
            Prerequisites = prerequisites,
            Source = source,
            Basis = basis,
        };
}
