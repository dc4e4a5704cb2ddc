using InvestmentPipeline.SharedKernel.Events;

namespace InvestmentPipeline.Approvals.Contracts;

/// <summary>Every step of a project's approvals is approved (or not applicable): the project may move on to construction.</summary>
public sealed record ApprovalsCompletedIntegrationEvent(Guid ProjectId, Guid InstanceId, DateTime CompletedAt) : IntegrationEvent;
