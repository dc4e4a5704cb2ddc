using System.ComponentModel.DataAnnotations;

namespace InvestmentPipeline.Identity.Features.Account;

public sealed record LoginRequest(
    [property: Required(ErrorMessage = "请输入用户名")] string UserName,
    [property: Required(ErrorMessage = "请输入密码")] string Password);

public sealed record ChangePasswordRequest(
    [property: Required(ErrorMessage = "请输入当前密码")] string CurrentPassword,
    [property: Required(ErrorMessage = "请输入新密码")] string NewPassword);

public sealed record CurrentUserDto(
    Guid Id,
    string UserName,
    string DisplayName,
    Guid? DepartmentId,
    string? DepartmentName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions,
    bool MustChangePassword);
