using InvestmentPipeline.SharedKernel.Events;

namespace InvestmentPipeline.SignedContracts.Contracts;

/// <summary>
/// 落地: a signed contract's project enters pre-construction. Reserve creates the project with
/// <paramref name="ProjectId"/> or, when <paramref name="LinkExisting"/>, marks that existing project as coming from
/// the contract. Handlers must be idempotent by <paramref name="ContractId"/>.
/// </summary>
public sealed record ContractLandingIntegrationEvent(
    Guid ContractId,
    string ContractNumber,
    Guid ProjectId,
    bool LinkExisting,
    string ProjectName,
    string CompanyName,
    decimal ContractedAmount,
    Guid ResponsibleDepartmentId,
    DateOnly? PlannedStart) : IntegrationEvent;
