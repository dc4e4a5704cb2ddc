namespace InvestmentPipeline.SharedKernel.Time;

/// <summary>The district's calendar: business dates are Asia/Shanghai local dates, whatever the server's zone.</summary>
public static class ShanghaiClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToLocal(time.GetUtcNow().UtcDateTime));

    /// <summary>Whether a month has not begun yet on the given day (reports, evaluations and briefs refuse such months).</summary>
    public static bool IsFutureMonth(int year, int month, DateOnly today) => year > today.Year || (year == today.Year && month > today.Month);
}
