using System.ComponentModel.DataAnnotations;

namespace InvestmentPipeline.Identity.Features.Users;

public sealed record UserDto(
    Guid Id,
    string UserName,
    string DisplayName,
    Guid? DepartmentId,
    string? DepartmentName,
    string? PhoneNumber,
    string? Email,
    IReadOnlyList<string> Roles,
    bool IsDisabled,
    bool IsLockedOut,
    string ConcurrencyStamp,
    bool IsDepartmentHead);

public sealed record CreateUserRequest(
    [property: Required(ErrorMessage = "请输入用户名")]
    [property: StringLength(64, MinimumLength = 3, ErrorMessage = "用户名长度为 3–64 个字符")]
    [property: RegularExpression("^[A-Za-z0-9_.-]+$", ErrorMessage = "用户名只能包含字母、数字和 _ . - 字符")]
    string UserName,
    [property: Required(ErrorMessage = "请输入姓名")][property: StringLength(64, ErrorMessage = "姓名不能超过 64 个字符")] string DisplayName,
    [property: Required(ErrorMessage = "请输入初始密码")] string Password,
    [property: Required(ErrorMessage = "请选择部门")] Guid? DepartmentId,
    IReadOnlyList<string>? Roles,
    [property: Phone(ErrorMessage = "电话号码格式不正确")][property: StringLength(32)] string? PhoneNumber,
    [property: EmailAddress(ErrorMessage = "邮箱格式不正确")][property: StringLength(128)] string? Email,
    bool IsDepartmentHead = false);

public sealed record UpdateUserRequest(
    [property: Required(ErrorMessage = "请输入姓名")][property: StringLength(64, ErrorMessage = "姓名不能超过 64 个字符")] string DisplayName,
    [property: Required(ErrorMessage = "请选择部门")] Guid? DepartmentId,
    IReadOnlyList<string>? Roles,
    [property: Phone(ErrorMessage = "电话号码格式不正确")][property: StringLength(32)] string? PhoneNumber,
    [property: EmailAddress(ErrorMessage = "邮箱格式不正确")][property: StringLength(128)] string? Email,
    [property: Required(ErrorMessage = "缺少并发标记 concurrencyStamp")] string ConcurrencyStamp,
    bool IsDepartmentHead = false);

public sealed record ResetPasswordRequest([property: Required(ErrorMessage = "请输入新密码")] string NewPassword);
