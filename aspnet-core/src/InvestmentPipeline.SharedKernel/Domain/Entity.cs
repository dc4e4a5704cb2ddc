namespace InvestmentPipeline.SharedKernel.Domain;

/// <summary>Base of aggregates: identity and the rule check every aggregate uses.</summary>
public abstract class Entity
{
    protected static void CheckRule(IBusinessRule rule) => BusinessRuleValidationException.Check(rule);
}
