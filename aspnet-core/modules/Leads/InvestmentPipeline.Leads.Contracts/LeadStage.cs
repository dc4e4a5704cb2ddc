namespace InvestmentPipeline.Leads.Contracts;

/// <summary>招商线索的阶段: 线索 → 接洽 → 考察 → 洽谈 → 签约, or 放弃 with a reason.</summary>
public enum LeadStage
{
    Clue = 1,
    Contact = 2,
    Visit = 3,
    Negotiation = 4,
    Contracted = 5,
    Abandoned = 6,
}
