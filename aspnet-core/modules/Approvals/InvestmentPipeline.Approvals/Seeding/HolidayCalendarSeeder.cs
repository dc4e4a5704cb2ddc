using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Domain;
using InvestmentPipeline.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Seeding;

/// <summary>
/// Public holidays and make-up working days as the State Council's annual notices (国务院办公厅关于部分节假日安排的通知)
/// set them for 2025 and 2026. Entered by hand from the notices: the commission checks and edits them, and adds
/// each new year when its notice is published. Seeded in every mode; existing days are never overwritten.
/// </summary>
internal sealed class HolidayCalendarSeeder(ApprovalsDbContext db) : IDataSeeder
{
    private static readonly (string Name, string[] Holidays, string[] Workdays)[] Notices =
    [
        ("元旦", ["2025-01-01"], []),
        ("春节", ["2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02", "2025-02-03", "2025-02-04"], ["2025-01-26", "2025-02-08"]),
        ("清明节", ["2025-04-04", "2025-04-05", "2025-04-06"], []),
        ("劳动节", ["2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05"], ["2025-04-27"]),
        ("端午节", ["2025-05-31", "2025-06-01", "2025-06-02"], []),
        ("国庆节、中秋节", ["2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08"], ["2025-09-28", "2025-10-11"]),
        ("元旦", ["2026-01-01", "2026-01-02", "2026-01-03"], ["2026-01-04"]),
        ("春节", ["2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23"], ["2026-02-14", "2026-02-28"]),
        ("清明节", ["2026-04-04", "2026-04-05", "2026-04-06"], []),
        ("劳动节", ["2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05"], ["2026-05-09"]),
        ("端午节", ["2026-06-19", "2026-06-20", "2026-06-21"], []),
        ("中秋节", ["2026-09-25", "2026-09-26", "2026-09-27"], []),
        ("国庆节", ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"], ["2026-09-20", "2026-10-10"]),
    ];

    public int Order => 10;

    /// <summary>The days of the notices, as seeded.</summary>
    public static IEnumerable<CalendarDay> Days()
    {
        foreach (var (name, holidays, workdays) in Notices)
        {
            var days = holidays.Select(d => (Date: DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), IsWorkday: false))
                .Concat(workdays.Select(d => (Date: DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture), IsWorkday: true)));
            foreach (var (date, isWorkday) in days)
            {
                yield return new CalendarDay { Date = date, IsWorkday = isWorkday, Name = isWorkday ? $"{name}调休上班" : name };
            }
        }
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = (await db.CalendarDays.Select(d => d.Date).ToListAsync(cancellationToken)).ToHashSet();
        db.CalendarDays.AddRange(Days().Where(d => existing.Add(d.Date)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
