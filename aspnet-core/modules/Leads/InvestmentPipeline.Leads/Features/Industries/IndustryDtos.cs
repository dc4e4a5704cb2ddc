using System.ComponentModel.DataAnnotations;

namespace InvestmentPipeline.Leads.Features.Industries;

public sealed record IndustryDto(Guid Id, string Code, string Name, string Chain, string Targets, int SortOrder, bool IsActive, int LeadCount, Guid ConcurrencyStamp);

public sealed record SaveIndustryRequest(
    [property: Required(ErrorMessage = "请填写产业代码"), RegularExpression("^[A-Z][A-Z0-9_]{1,31}$", ErrorMessage = "产业代码应为 2–32 位大写字母、数字或下划线，以字母开头")] string? Code,
    [property: Required(ErrorMessage = "请填写产业名称"), StringLength(50, MinimumLength = 2, ErrorMessage = "产业名称应为 2–50 字")] string? Name,
    [property: StringLength(1000, ErrorMessage = "产业链说明最多 1000 字")] string? Chain,
    [property: StringLength(2000, ErrorMessage = "目标企业清单最多 2000 字")] string? Targets,
    [property: Range(0, 10000, ErrorMessage = "排序应在 0–10000 之间")] int SortOrder,
    bool IsActive,
    Guid? ConcurrencyStamp);
