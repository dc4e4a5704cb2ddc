using System.Net;
using InvestmentPipeline.SharedKernel.Time;
using static InvestmentPipeline.Approvals.Tests.ApprovalRun;

namespace InvestmentPipeline.Approvals.Tests;

public sealed record CalendarDayRow(DateOnly Date, bool IsWorkday, string Name, Guid ConcurrencyStamp);

/// <summary>节假日与调休 edited by the commission (发改委): validated in Chinese, guarded by a stamp, audited, and felt by running steps at once.</summary>
public abstract class CalendarApiTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private sealed record AuditRow(string? UserName, string Action, string? EntityType, string? EntityId);

    private static string Day(DateOnly date) => $"{Base}/calendar/{date:yyyy-MM-dd}";

    private DateOnly Today => ShanghaiClock.Today(app.Time);

    /// <summary>The first Saturday of next year's March: a day no seeded notice and no other test touches.</summary>
    private DateOnly NextYearsSaturday(int weeks = 0)
    {
        var day = new DateOnly(Today.Year + 1, 3, 1);
        while (day.DayOfWeek != DayOfWeek.Saturday)
        {
            day = day.AddDays(1);
        }

        return day.AddDays(7 * weeks);
    }

    [Fact]
    public async Task A_holiday_added_on_a_running_steps_due_date_moves_the_due_date_and_the_count_and_removing_it_moves_them_back()
    {
        using var admin = await app.AdminAsync();
        using var fgw = await app.SignInAsync("fgw");
        var project = (await DemoProjectsAsync(admin, "Filing"))[0];
        var started = await StartAsync(admin, project.Id);
        var dueOn = started["FILING"].DueOn!.Value; // 项目备案 has 1 working day: the next working day
        var calendar = await fgw.GetJsonAsync<List<CalendarDayRow>>($"{Base}/calendar?year={dueOn.Year}");
        calendar.ShouldNotContain(d => d.Date == dueOn);

        var holiday = await (await fgw.PutAsync(Day(dueOn), new { kind = "Holiday", name = "  临时休假  " })).ReadJsonAsync<CalendarDayRow>(HttpStatusCode.OK);
        app.Time.Advance(TimeSpan.FromDays(dueOn.DayNumber - Today.DayNumber)); // the clock reaches the old due date, now a holiday
        using var adminLater = await app.AdminAsync(); // the sessions above have timed out meanwhile
        using var fgwLater = await app.SignInAsync("fgw");
        var onHoliday = await adminLater.InstanceAsync(started.Id);
        var listed = await fgwLater.GetJsonAsync<List<CalendarDayRow>>($"{Base}/calendar?year={dueOn.Year}");
        using var removed = await fgwLater.PutAsync(Day(dueOn), new { kind = "Normal", holiday.ConcurrencyStamp });
        var afterRemoval = await adminLater.InstanceAsync(started.Id);
        var audit = await adminLater.GetJsonAsync<Page<AuditRow>>("/api/identity/audit-logs?entityType=CalendarDay&userName=fgw&pageSize=200");

        holiday.ShouldSatisfyAllConditions(h => h.Date.ShouldBe(dueOn), h => h.IsWorkday.ShouldBeFalse(), h => h.Name.ShouldBe("临时休假"));
        listed.ShouldContain(d => d.Date == dueOn && d.Name == "临时休假" && d.ConcurrencyStamp == holiday.ConcurrencyStamp);
        onHoliday["FILING"].ShouldSatisfyAllConditions(
            s => s.ElapsedWorkingDays.ShouldBe(0), s => s.DueOn!.Value.ShouldBeGreaterThan(dueOn), s => s.LimitState.ShouldBe("Normal"));
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        afterRemoval["FILING"].ShouldSatisfyAllConditions(
            s => s.ElapsedWorkingDays.ShouldBe(1), s => s.DueOn.ShouldBe(dueOn), s => s.LimitState.ShouldBe("Reminded80"));
        var key = dueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        audit.Items.Where(a => a.EntityId == key).Select(a => a.Action).ShouldBe(["删除", "创建"], ignoreOrder: true);
    }

    [Fact]
    public async Task Bad_days_are_refused_with_Chinese_messages_on_their_fields()
    {
        using var fgw = await app.SignInAsync("fgw");
        var saturday = NextYearsSaturday(weeks: 1);
        var monday = saturday.AddDays(2);

        var noName = await fgw.PutAsync(Day(monday), new { kind = "Holiday", name = " " });
        var workdayOnMonday = await fgw.PutAsync(Day(monday), new { kind = "Workday", name = "调休" });
        var badKind = await fgw.PutAsync(Day(saturday), new { kind = "Vacation" });
        var tooLong = await fgw.PutAsync(Day(saturday), new { kind = "Holiday", name = new string('节', 33) });
        var farFuture = await fgw.PutAsync(Day(new DateOnly(Today.Year + 3, 1, 1)), new { kind = "Holiday", name = "元旦" });
        var farPast = await fgw.PutAsync(Day(new DateOnly(Today.Year - 6, 1, 1)), new { kind = "Holiday", name = "元旦" });
        var notADate = await fgw.PutAsync($"{Base}/calendar/2026-13-40", new { kind = "Holiday", name = "元旦" });
        var nothingStored = await fgw.GetJsonAsync<List<CalendarDayRow>>($"{Base}/calendar?year={saturday.Year}");

        (await noName.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["name"].Single().ShouldContain("请填写节假日名称");
        (await workdayOnMonday.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["kind"].Single().ShouldBe(
            $"{monday:yyyy年M月d日}是星期一，本来就是工作日；调休上班日只能是周六或周日。");
        (await badKind.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["kind"].Single().ShouldContain("日期类型只能是");
        (await tooLong.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["name"].Single().ShouldBe("名称最多 32 个字符");
        (await farFuture.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["date"].Single().ShouldStartWith($"只能维护 {Today.Year - 5} 年至 {Today.Year + 2} 年的日历");
        (await farPast.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.ShouldContainKey("date");
        notADate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        nothingStored.ShouldNotContain(d => d.Date == saturday || d.Date == monday);
    }

    [Fact]
    public async Task Two_editors_of_the_same_day_get_one_success_and_one_409_and_a_stale_delete_is_refused()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var admin = await app.AdminAsync();
        var saturday = NextYearsSaturday(weeks: 2);

        var created = await (await fgw.PutAsync(Day(saturday), new { kind = "Workday", name = "" })).ReadJsonAsync<CalendarDayRow>(HttpStatusCode.OK);
        var createdTwice = await admin.PutAsync(Day(saturday), new { kind = "Workday", name = "劳动节调休上班" });
        var renamed = await (await fgw.PutAsync(Day(saturday), new { kind = "Workday", name = "劳动节调休上班", created.ConcurrencyStamp }))
            .ReadJsonAsync<CalendarDayRow>(HttpStatusCode.OK);
        var staleEdit = await admin.PutAsync(Day(saturday), new { kind = "Holiday", name = "劳动节", created.ConcurrencyStamp });
        var staleDelete = await admin.PutAsync(Day(saturday), new { kind = "Normal", created.ConcurrencyStamp });
        var stored = (await fgw.GetJsonAsync<List<CalendarDayRow>>($"{Base}/calendar?year={saturday.Year}")).Single(d => d.Date == saturday);
        using var deleted = await fgw.PutAsync(Day(saturday), new { kind = "Normal", renamed.ConcurrencyStamp });
        var deletedAgain = await admin.PutAsync(Day(saturday), new { kind = "Normal", renamed.ConcurrencyStamp });

        created.ShouldSatisfyAllConditions(c => c.IsWorkday.ShouldBeTrue(), c => c.Name.ShouldBe("调休上班"));
        (await createdTwice.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("已被他人修改");
        renamed.ConcurrencyStamp.ShouldNotBe(created.ConcurrencyStamp);
        (await staleEdit.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("Conflict");
        (await staleDelete.ShouldBeProblemAsync(HttpStatusCode.Conflict)).ShouldNotBeNull();
        stored.ShouldBe(renamed);
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await deletedAgain.ShouldBeProblemAsync(HttpStatusCode.Conflict)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_department_user_reads_the_calendar_but_may_not_change_it()
    {
        using var approver = await app.SignInAsync("zrzy");
        var saturday = NextYearsSaturday(weeks: 3);

        var read = await approver.GetAsync($"{Base}/calendar?year={saturday.Year}");
        var put = await approver.PutAsync(Day(saturday), new { kind = "Workday", name = "调休" });

        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await put.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).ShouldNotBeNull();
    }
}

public sealed class CalendarApiTestsOnSqlite(SqliteApp app) : CalendarApiTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class CalendarApiTestsOnPostgres(PostgresApp app) : CalendarApiTests<PostgresApp>(app);
