using InvestmentPipeline.SharedKernel.Events;

namespace InvestmentPipeline.Identity.Contracts;

/// <summary>A user account was created (e.g. for notification channels that modules keep per user).</summary>
public sealed record UserCreatedIntegrationEvent(Guid UserId, string UserName, string DisplayName, Guid? DepartmentId) : IntegrationEvent;
