namespace InvestmentPipeline.Leads.Contracts;

/// <summary>线索来源.</summary>
public enum LeadSource
{
    /// <summary>登门招商.</summary>
    DoorToDoor = 1,

    /// <summary>青洽会等展会（the fair's name goes in the detail）.</summary>
    Fair = 2,

    /// <summary>以商招商.</summary>
    Referral = 3,

    /// <summary>网络招商.</summary>
    Online = 4,

    Other = 9,
}

/// <summary>跟进方式.</summary>
public enum FollowUpKind
{
    /// <summary>拜访.</summary>
    Visit = 1,

    /// <summary>电话.</summary>
    Call = 2,

    /// <summary>会谈.</summary>
    Meeting = 3,

    /// <summary>接待来访.</summary>
    Reception = 4,
}

/// <summary>Why a lead's owner was reminded.</summary>
public enum LeadReminderKind
{
    /// <summary>下一步计划到期.</summary>
    NextActionDue = 1,

    /// <summary>长期未跟进.</summary>
    NoFollowUp = 2,
}
