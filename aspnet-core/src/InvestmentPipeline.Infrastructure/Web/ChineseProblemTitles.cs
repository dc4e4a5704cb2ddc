using Microsoft.AspNetCore.Http;

namespace InvestmentPipeline.Infrastructure.Web;

/// <summary>Every problem response speaks Chinese, including those the framework writes itself.</summary>
public static class ChineseProblemTitles
{
    public static string For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "请求参数有误",
        StatusCodes.Status401Unauthorized => "未登录或登录已过期，请重新登录",
        StatusCodes.Status403Forbidden => "没有权限执行此操作",
        StatusCodes.Status404NotFound => "请求的资源不存在",
        StatusCodes.Status405MethodNotAllowed => "不支持的请求方法",
        StatusCodes.Status409Conflict => "数据已被他人修改，请刷新后重试",
        StatusCodes.Status413PayloadTooLarge => "上传内容过大",
        StatusCodes.Status415UnsupportedMediaType => "不支持的内容类型",
        StatusCodes.Status422UnprocessableEntity => "不符合业务规则",
        StatusCodes.Status429TooManyRequests => "请求过于频繁，请稍后再试",
        _ when status >= 500 => "服务器内部错误，请稍后再试或联系管理员",
        _ => "请求失败",
    };
}
