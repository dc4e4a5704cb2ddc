using InvestmentPipeline.Scheduling.Contracts;

namespace InvestmentPipeline.Scheduling.Features.Inspections;

/// <summary>The Chinese words of inspections and rectifications, for exports.</summary>
internal static class InspectionWords
{
    public static string Kind(InspectionKind kind) => kind switch
    {
        InspectionKind.Site => "现场督查",
        InspectionKind.Milestone => "节点督查",
        InspectionKind.Repeated => "反复督查",
        _ => "深度督查",
    };

    public static string Status(RectificationStatus status) => status switch
    {
        RectificationStatus.Open => "待整改",
        RectificationStatus.Rectified => "待复查",
        _ => "已销号",
    };
}
