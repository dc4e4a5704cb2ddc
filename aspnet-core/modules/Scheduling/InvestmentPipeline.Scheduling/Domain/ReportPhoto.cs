using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Scheduling.Domain;

/// <summary>
/// 现场照片 of a project's month, kept with the report as evidence of its 形象进度: JPEG, PNG or WebP (checked by content,
/// not by name), at most 5 MB each and 9 to a month.
/// </summary>
internal sealed class ReportPhoto : Entity
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerMonth = 9;

    private ReportPhoto()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public int Size { get; private set; }

    public byte[] Content { get; private set; } = [];

    public string? UploadedBy { get; private set; }

    public DateTime UploadedAtUtc { get; private set; }

    public static ReportPhoto Add(Guid projectId, int year, int month, string fileName, byte[] content, int photosAlready, string? by, DateTime nowUtc)
    {
        var type = ImageTypeOf(content);
        CheckRule(new PhotoMustBeAnImageRule(type, content.Length));
        CheckRule(new PhotosPerMonthRule(photosAlready));
        return new ReportPhoto
        {
            Id = Guid.NewGuid(), ProjectId = projectId, Year = year, Month = month, FileName = Path.GetFileName(fileName) is { Length: > 0 and <= 200 } name ? name : "照片",
            ContentType = type!, Size = content.Length, Content = content, UploadedBy = by, UploadedAtUtc = nowUtc,
        };
    }

    /// <summary>JPEG, PNG or WebP by the file's first bytes; null for anything else.</summary>
    public static string? ImageTypeOf(byte[] content) =>
        FileSignature.TypeOf(content) is (FileSignature.Jpeg or FileSignature.Png or FileSignature.WebP) and var type ? type : null;
}

internal sealed class PhotoMustBeAnImageRule(string? type, int size) : IBusinessRule
{
    public string Code => "Scheduling.PhotoInvalid";

    public string Message => type is null ? "照片须为 JPG、PNG 或 WebP 图片" : "照片不能超过 5 MB";

    public bool IsBroken() => type is null || size is 0 or > ReportPhoto.MaxBytes;
}

internal sealed class PhotosPerMonthRule(int photosAlready) : IBusinessRule
{
    public string Code => "Scheduling.TooManyPhotos";

    public string Message => $"每个项目每月最多上传 {ReportPhoto.MaxPerMonth} 张照片";

    public bool IsBroken() => photosAlready >= ReportPhoto.MaxPerMonth;
}
