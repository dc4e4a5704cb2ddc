namespace InvestmentPipeline.SharedKernel.Domain;

public sealed class BusinessRuleValidationException : Exception
{
    public BusinessRuleValidationException(IBusinessRule rule)
        : base(rule.Message)
    {
        Code = rule.Code;
        Details = rule.Details;
    }

    public BusinessRuleValidationException()
    {
        Code = string.Empty;
    }

    public BusinessRuleValidationException(string message)
        : base(message)
    {
        Code = string.Empty;
    }

    public BusinessRuleValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = string.Empty;
    }

    public string Code { get; }

    public IReadOnlyDictionary<string, object?> Details { get; } = new Dictionary<string, object?>();

    public static void Check(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }
    }
}
