namespace InvestmentPipeline.Leads.Tests;

public sealed record LeadRow(
    Guid Id, string CompanyName, string? CreditCode, string IndustryCode, string IndustryName, decimal? IntendedInvestment, string Source,
    string SourceName, Guid OwnerUserId, string OwnerName, string Stage, string StageName, string? AbandonReason, Guid? ContractId,
    DateOnly LastActivityOn, string? NextAction, DateOnly? NextActionOn, bool NextActionDue, bool Stale, bool CanEdit, Guid ConcurrencyStamp);

public sealed record FollowUpRow(Guid Id, string Kind, string KindName, DateOnly OccurredOn, string People, string Notes, string? NextAction, DateOnly? NextActionOn, string RecordedBy);

public sealed record StageChangeRow(string? From, string To, string ToName, string? Reason, string By);

public sealed record DuplicateRow(Guid Id, string CompanyName, string? CreditCode, string OwnerName, string Stage, bool SameCreditCode, string MatchedBy);

public sealed record ContractRow(Guid ContractId, string Number, string ProjectName, string FulfilmentState, decimal ContractedAmount, decimal FundsArrived);

public sealed record LeadDetailRow(LeadRow Lead, List<ContactRow> Contacts, List<StageChangeRow> StageChanges, List<FollowUpRow> FollowUps, ContractRow? Contract, List<DuplicateRow> Duplicates);

public sealed record ContactRow(string Name, string? Title, string? Phone, string? Email);

public sealed record BoardColumnRow(string Stage, string Name, int Count, List<LeadRow> Leads);

public sealed record FunnelStageRow(string Stage, string Name, int Reached, int Current, decimal? ConversionFromPrevious);

public sealed record FunnelGroupRow(string Key, string Name, int Total, int Open, int Contracted, int Abandoned, decimal ConversionRate);

public sealed record FunnelRow(int Total, int Abandoned, decimal ConversionRate, List<FunnelStageRow> Stages, List<FunnelGroupRow> BySource, List<FunnelGroupRow> ByIndustry, List<FunnelGroupRow> ByOwner, string Definition);

public sealed record IndustryRow(Guid Id, string Code, string Name, string Chain, string Targets, int SortOrder, bool IsActive, int LeadCount, Guid ConcurrencyStamp);

public sealed record ReminderRow(Guid LeadId, string Kind, DateOnly DueOn, string Text, bool Emailed);

public sealed record SignedContractItemRow(Guid Id, string Number, Guid? LeadId, string CompanyName, string? CreditCode, string FulfilmentStateName);

public sealed record SignedContractRow(SignedContractItemRow Contract);

public sealed record SettingsRow(int StaleAfterDays, Guid ConcurrencyStamp);
