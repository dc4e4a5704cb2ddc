using System.ComponentModel.DataAnnotations;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Reserve.Domain;
using InvestmentPipeline.Reserve.Features.Projects;

namespace InvestmentPipeline.Reserve.Features.Ranking;

public sealed record RankingCriterionDto(
    Guid Id, string Code, string Name, int Weight, RankingCriterionKind Kind, bool IsActive, int SortOrder, Guid ConcurrencyStamp);

/// <summary>One criterion as the commission edits it; without an id it is a new criterion the commission scores itself.</summary>
public sealed record RankingCriterionInput(
    Guid? Id,
    [property: Required(ErrorMessage = "请输入评分标准名称")][property: StringLength(RankingCriterion.NameMaxLength, ErrorMessage = "评分标准名称不能超过 32 个字符")] string Name,
    [property: Range(0, 100, ErrorMessage = "权重须在 0 到 100 之间")] int Weight,
    bool IsActive,
    Guid? ConcurrencyStamp);

/// <summary>The criteria to change or add (criteria not listed stay as they are); the active weights must then total 100.</summary>
public sealed record SaveRankingCriteriaRequest : IValidatableObject
{
    [Required(ErrorMessage = "请提供评分标准")]
    public IReadOnlyList<RankingCriterionInput>? Criteria { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var criteria = Criteria ?? [];
        for (var i = 0; i < criteria.Count; i++)
        {
            foreach (var result in NestedValidation.Of(criteria[i], $"criteria[{i}]."))
            {
                yield return result;
            }
        }

        var duplicate = criteria.Where(c => !string.IsNullOrWhiteSpace(c.Name)).GroupBy(c => c.Name.Trim()).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            yield return new ValidationResult($"评分标准名称「{duplicate.Key}」重复", [nameof(Criteria)]);
        }
    }
}

public sealed record AssessmentScoreDto(
    Guid CriterionId, string Name, int Weight, int? Score, string? Note, DateTime? AssessedAt, Guid? ConcurrencyStamp);

public sealed record ProjectAssessmentDto(Guid ProjectId, string ProjectName, IReadOnlyList<AssessmentScoreDto> Scores);

/// <summary>A score to give; <c>ConcurrencyStamp</c> is the one read with the score (none when it was not scored yet).</summary>
public sealed record AssessmentScoreInput(
    [property: Required(ErrorMessage = "请选择评分标准")] Guid? CriterionId,
    [property: Required(ErrorMessage = "请输入评分")][property: Range(0, 100, ErrorMessage = "评分须在 0 到 100 之间")] int? Score,
    [property: StringLength(ProjectAssessment.NoteMaxLength, ErrorMessage = "评分说明不能超过 200 个字符")] string? Note,
    Guid? ConcurrencyStamp);

public sealed record SaveProjectAssessmentRequest : IValidatableObject
{
    [Required(ErrorMessage = "请提供评分")]
    public IReadOnlyList<AssessmentScoreInput>? Scores { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var scores = Scores ?? [];
        for (var i = 0; i < scores.Count; i++)
        {
            foreach (var result in NestedValidation.Of(scores[i], $"scores[{i}]."))
            {
                yield return result;
            }
        }

        if (scores.Where(s => s.CriterionId is not null).GroupBy(s => s.CriterionId).Any(g => g.Count() > 1))
        {
            yield return new ValidationResult("同一评分标准只能评一次分", [nameof(Scores)]);
        }
    }
}

public sealed record CriterionScoreDto(Guid CriterionId, string Name, RankingCriterionKind Kind, int Weight, decimal Score, decimal Contribution, bool Assessed);

/// <summary>A project's place in the ranking, its score and why: each criterion's part and a sentence naming the strongest and weakest.</summary>
public sealed record RankedProjectDto(int Rank, ProjectListItemDto Project, decimal Score, string Reason, IReadOnlyList<CriterionScoreDto> Criteria);

/// <summary>DataAnnotations of an item inside a request's list, reported under the list's camelCase path (e.g. "criteria[0].weight").</summary>
internal static class NestedValidation
{
    public static IEnumerable<ValidationResult> Of(object item, string prefix)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(item, new ValidationContext(item), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult(r.ErrorMessage, r.MemberNames.Select(m => prefix + char.ToLowerInvariant(m[0]) + m[1..]).ToList()));
    }
}
