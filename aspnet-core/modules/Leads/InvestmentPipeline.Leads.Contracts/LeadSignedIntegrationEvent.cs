using InvestmentPipeline.SharedKernel.Events;

namespace InvestmentPipeline.Leads.Contracts;

/// <summary>
/// A lead was signed (签约). SignedContracts creates the contract with <paramref name="ContractId"/>, which the lead
/// already holds, so each record shows the other without waiting for a reply. Handlers must be idempotent by that id.
/// </summary>
public sealed record LeadSignedIntegrationEvent(
    Guid LeadId,
    Guid ContractId,
    string ContractNumber,
    DateOnly SignedOn,
    string? SigningEvent,
    decimal ContractedAmount,
    string ProjectName,
    string CompanyName,
    string? CreditCode,
    string IndustryCode,
    Guid ResponsibleDepartmentId,
    Guid SignedByUserId) : IntegrationEvent;
