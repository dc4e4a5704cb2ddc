using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.SignedContracts.Contracts;

namespace InvestmentPipeline.SignedContracts.Features.Statistics;

public sealed record ContractRateDefinitionDto(ContractRateCode Code, string Name, string Numerator, string Denominator, string Scope, int Version);

public sealed record SaveRateDefinitionRequest(
    [property: Required(ErrorMessage = "请填写名称"), StringLength(32, ErrorMessage = "名称不能超过 32 个字符")] string? Name,
    [property: Required(ErrorMessage = "请填写分子口径"), StringLength(200, ErrorMessage = "分子口径不能超过 200 个字符")] string? Numerator,
    [property: Required(ErrorMessage = "请填写分母口径"), StringLength(200, ErrorMessage = "分母口径不能超过 200 个字符")] string? Denominator,
    [property: Required(ErrorMessage = "请填写统计范围"), StringLength(500, ErrorMessage = "统计范围不能超过 500 个字符")] string? Scope);

/// <summary>One group of the cohort (an event, an industry or a department); amounts in yuan, rates as fractions.</summary>
public sealed record CohortRowDto(
    string Key, string Name, int SignedCount, decimal ContractedAmount, int FulfillingCount, decimal FulfilmentRate, decimal FundsArrived,
    decimal FundsArrivalRate, int StartedCount, int ProducingCount);

/// <summary>The figures of the contracts signed in a year (in the caller's scope), with their definitions and breakdowns.</summary>
public sealed record ContractStatisticsDto(
    int Year, int SignedCount, decimal ContractedAmount, int FulfillingCount, decimal FulfilmentRate, decimal FundsArrived, decimal FundsArrivalRate,
    int StartedCount, decimal StartRate, int ProducingCount, decimal ProductionRate, int LandedCount,
    IReadOnlyList<ContractRateDefinitionDto> Definitions, IReadOnlyList<CohortRowDto> ByEvent, IReadOnlyList<CohortRowDto> ByIndustry,
    IReadOnlyList<CohortRowDto> ByDepartment);

/// <summary>A step of the cohort funnel: signed → fundsArriving → fulfilling → started → producing → landed.</summary>
public sealed record FunnelStepDto(string Step, string Name, int Count, decimal Amount);

public sealed record SigningEventDto(string Name, int Count, DateOnly FirstSignedOn, DateOnly LastSignedOn);
