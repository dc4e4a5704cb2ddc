using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.Reserve.Contracts;

namespace InvestmentPipeline.Approvals.Features.Templates;

/// <summary>A step as the API shows it; source is "National" (国家规定) or "Default" (参考默认值).</summary>
public sealed record TemplateStepDto(
    string Code, string Name, string DepartmentCode, string? DepartmentName, int TimeLimitDays, IReadOnlyList<string> RequiredDocuments,
    IReadOnlyList<string> Prerequisites, string Source, string Basis);

public sealed record TemplateValidationDto(bool IsValid, IReadOnlyList<string> Errors);

public sealed record TemplateVersionSummaryDto(Guid Id, int Number, string Status, bool IsCurrent, int StepCount, DateTime CreatedAt, DateTime? PublishedAt);

public sealed record TemplateSummaryDto(
    Guid Id, InvestmentRegime Regime, string Name, TemplateVersionSummaryDto? CurrentVersion, TemplateVersionSummaryDto? Draft, Guid ConcurrencyStamp);

/// <summary>One version with its steps and whether they pass the template rules today (departments can change).</summary>
public sealed record TemplateVersionDto(
    Guid Id, Guid TemplateId, InvestmentRegime Regime, string TemplateName, int Number, string Status, bool IsCurrent, DateTime CreatedAt,
    DateTime? PublishedAt, IReadOnlyList<TemplateStepDto> Steps, TemplateValidationDto Validation, Guid ConcurrencyStamp);

public sealed class TemplateStepRequest
{
    [Required(ErrorMessage = "请填写步骤编码")]
    [StringLength(32, ErrorMessage = "步骤编码最多 32 个字符")]
    [RegularExpression("^[A-Za-z0-9_-]+$", ErrorMessage = "步骤编码只能包含字母、数字、下划线和连字符")]
    public string Code { get; init; } = string.Empty;

    [Required(ErrorMessage = "请填写步骤名称")]
    [StringLength(64, ErrorMessage = "步骤名称最多 64 个字符")]
    public string Name { get; init; } = string.Empty;

    [Required(ErrorMessage = "请选择办理部门")]
    [StringLength(32, ErrorMessage = "部门编码最多 32 个字符")]
    public string DepartmentCode { get; init; } = string.Empty;

    public int TimeLimitDays { get; init; }

    public List<string> RequiredDocuments { get; init; } = [];

    public List<string> Prerequisites { get; init; } = [];

    [Required(ErrorMessage = "请选择时限来源")]
    [AllowedValues("National", "Default", ErrorMessage = "时限来源只能是 National（国家规定）或 Default（参考默认值）")]
    public string Source { get; init; } = "Default";

    [StringLength(500, ErrorMessage = "依据说明最多 500 个字符")]
    public string Basis { get; init; } = string.Empty;
}

/// <summary>The whole step list of the draft, with the template's stamp as read.</summary>
public sealed class SaveDraftRequest : IValidatableObject
{
    public Guid ConcurrencyStamp { get; init; }

    [Required(ErrorMessage = "请填写审批步骤")]
    public List<TemplateStepRequest> Steps { get; init; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            var step = Steps[i];
            if (step is null)
            {
                yield return new ValidationResult($"第 {i + 1} 个步骤为空", [$"steps[{i}]"]);
                continue;
            }

            var results = new List<ValidationResult>();
            Validator.TryValidateObject(step, new ValidationContext(step), results, validateAllProperties: true);
            foreach (var result in results)
            {
                var member = result.MemberNames.FirstOrDefault() ?? string.Empty;
                var field = member.Length == 0 ? string.Empty : "." + char.ToLowerInvariant(member[0]) + member[1..];
                yield return new ValidationResult($"第 {i + 1} 个步骤：{result.ErrorMessage}", [$"steps[{i}]{field}"]);
            }

            if (step.RequiredDocuments.Any(d => string.IsNullOrWhiteSpace(d) || d.Length > 100))
            {
                yield return new ValidationResult($"第 {i + 1} 个步骤：所需材料不能为空且每项最多 100 个字符", [$"steps[{i}].requiredDocuments"]);
            }
        }
    }
}

public sealed class PublishVersionRequest
{
    public Guid ConcurrencyStamp { get; init; }
}
