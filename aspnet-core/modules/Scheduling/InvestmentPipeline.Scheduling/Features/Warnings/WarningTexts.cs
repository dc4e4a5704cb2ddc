using InvestmentPipeline.Scheduling.Contracts;

namespace InvestmentPipeline.Scheduling.Features.Warnings;

/// <summary>The Chinese words of the warnings' states, for exports and the brief.</summary>
internal static class WarningTexts
{
    public static string Status(WarningStatus status) => status switch
    {
        WarningStatus.Open => "预警中",
        WarningStatus.Exempted => "已豁免",
        _ => "已解除",
    };

    public static string Exemption(ExemptionStatus exemption) => exemption switch
    {
        ExemptionStatus.Requested => "待审核",
        ExemptionStatus.Granted => "已同意",
        ExemptionStatus.Refused => "未同意",
        _ => "",
    };
}
