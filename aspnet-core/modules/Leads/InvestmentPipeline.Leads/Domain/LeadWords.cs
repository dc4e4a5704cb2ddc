using InvestmentPipeline.Leads.Contracts;

namespace InvestmentPipeline.Leads.Domain;

internal static class LeadWords
{
    public static string Source(LeadSource source) => source switch
    {
        LeadSource.DoorToDoor => "登门招商",
        LeadSource.Fair => "展会招商",
        LeadSource.Referral => "以商招商",
        LeadSource.Online => "网络招商",
        _ => "其他",
    };

    public static string FollowUp(FollowUpKind kind) => kind switch
    {
        FollowUpKind.Visit => "拜访",
        FollowUpKind.Call => "电话",
        FollowUpKind.Meeting => "会谈",
        _ => "接待来访",
    };
}
