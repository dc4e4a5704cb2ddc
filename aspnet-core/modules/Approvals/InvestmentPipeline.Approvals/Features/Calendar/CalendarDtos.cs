using System.ComponentModel.DataAnnotations;

namespace InvestmentPipeline.Approvals.Features.Calendar;

/// <summary>A holiday (IsWorkday false) or a weekend day worked instead (调休上班, IsWorkday true).</summary>
public sealed record CalendarDayDto(DateOnly Date, bool IsWorkday, string Name, Guid ConcurrencyStamp);

/// <summary>
/// What a day becomes: Holiday (节假日, a name is required), Workday (调休上班, only on a Saturday or Sunday) or
/// Normal (the ordinary Monday–Friday rule again: the day is removed from the calendar).
/// ConcurrencyStamp is the day's stamp as read, or null when the day was not in the calendar.
/// </summary>
public sealed class SaveCalendarDayRequest : IValidatableObject
{
    public const string Holiday = "Holiday";
    public const string Workday = "Workday";
    public const string Normal = "Normal";

    [Required(ErrorMessage = "请选择日期类型")]
    [AllowedValues(Holiday, Workday, Normal, ErrorMessage = "日期类型只能是 Holiday（节假日）、Workday（调休上班）或 Normal（恢复正常）")]
    public string Kind { get; init; } = string.Empty;

    [StringLength(32, ErrorMessage = "名称最多 32 个字符")]
    public string? Name { get; init; }

    public Guid? ConcurrencyStamp { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind == Holiday && string.IsNullOrWhiteSpace(Name))
        {
            yield return new ValidationResult("请填写节假日名称（如“春节”）", [nameof(Name)]);
        }
    }
}
