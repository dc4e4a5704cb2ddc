namespace InvestmentPipeline.Infrastructure.Auditing;

/// <summary>What the audit interceptor leaves out besides its own plumbing: technical rows that hold secrets or no business fact.</summary>
public sealed class AuditOptions
{
    public HashSet<Type> NotAudited { get; } = [];
}
