using System.ComponentModel.DataAnnotations;

namespace InvestmentPipeline.Scheduling.Features.Reminders;

public sealed record ReportingSettingsDto(int DueDay, Guid ConcurrencyStamp);

public sealed record SaveReportingSettingsRequest(
    [property: Required(ErrorMessage = "请填写报送截止日"), Range(1, 28, ErrorMessage = "报送截止日应为每月 1 至 28 日")] int? DueDay,
    Guid ConcurrencyStamp);

public sealed record UnreportedProjectDto(Guid ProjectId, string Name, string? Code);

/// <summary>A department with plan projects it has not reported for the month.</summary>
public sealed record LateUnitDto(Guid DepartmentId, string DepartmentName, int UnreportedCount, IReadOnlyList<UnreportedProjectDto> Projects);

/// <summary>The month's units with unreported projects; <c>Overdue</c> once the due date has passed (Shanghai).</summary>
public sealed record LateUnitsDto(int Year, int Month, DateOnly DueDate, bool Overdue, IReadOnlyList<LateUnitDto> Units);

public sealed record ProgressReminderDto(
    Guid Id, Guid DepartmentId, string DepartmentName, int Year, int Month, DateOnly DueDate, DateOnly SentOn, int ProjectCount, string Projects,
    int EmailedTo, DateTime CreatedAtUtc);

/// <summary>What a reminder run did: the month it looked at, whether it was overdue, and the departments reminded.</summary>
public sealed record ReminderRunDto(int Year, int Month, DateOnly DueDate, bool Overdue, int Reminded, int Emails);
