using System.Net;
using Hangfire;
using Hangfire.Storage;
using InvestmentPipeline.Scheduling.Features.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Scheduling.Tests;

public sealed record LateProject(Guid ProjectId, string Name);

public sealed record LateUnit(Guid DepartmentId, string DepartmentName, int UnreportedCount, List<LateProject> Projects);

public sealed record LateUnits(int Year, int Month, DateOnly DueDate, bool Overdue, List<LateUnit> Units);

public sealed record ReminderRun(int Year, int Month, DateOnly DueDate, bool Overdue, int Reminded, int Emails);

public sealed record ReminderRow(string DepartmentName, int Year, int Month, DateOnly SentOn, int ProjectCount, string Projects, int EmailedTo);

public sealed record SettingsRow(int DueDay, Guid ConcurrencyStamp);

/// <summary>
/// 报送时限 and 催报 (2025; only these tests' plan projects): February is due on 10 March, so on 15 March a department
/// with an unreported project is late, is reminded in the app and by mail once that day, and sees its own reminders.
/// </summary>
public abstract class ReminderTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MailApp
{
    [Fact]
    public async Task A_department_late_with_februarys_report_is_reminded_in_the_app_and_by_mail_once_a_day()
    {
        using var fgw = await app.SignInAsync("fgw");
        using var unit = await app.SignInAsync("cjtz");
        using var admin = await app.AdminAsync();
        var late = ProgressFixtures.UniqueName("水务未报");
        await ProgressFixtures.PlanProjectAsync(fgw, 2025, late, department: "WAT");
        var reported = await ProgressFixtures.PlanProjectAsync(fgw, 2025, ProgressFixtures.UniqueName("城投已报"));
        (await unit.PutAsync($"/api/scheduling/progress/2025/2/{reported}", new { investmentThisMonth = 0m, status = "NotStarted" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var address = $"{Guid.NewGuid():N}@water.example.cn";
        using (var created = await admin.PostAsync("/api/identity/users", new
        {
            userName = "w" + Guid.NewGuid().ToString("N")[..10], displayName = "水务局联络员", password = TestUsers.Password, email = address,
            departmentId = await TestUsers.DepartmentIdAsync(admin, "WAT"), roles = new[] { "unit" },
        }))
        {
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        var units = await fgw.GetJsonAsync<LateUnits>("/api/scheduling/progress/2025/2/late-units");
        var unitsOwn = await unit.GetJsonAsync<LateUnits>("/api/scheduling/progress/2025/2/late-units");
        using var office = await app.SignInAsync("zdb");
        var first = await (await office.PostAsync("/api/scheduling/reminders/run")).ReadJsonAsync<ReminderRun>(HttpStatusCode.OK);
        var again = await (await office.PostAsync("/api/scheduling/reminders/run")).ReadJsonAsync<ReminderRun>(HttpStatusCode.OK);
        var byUnit = await unit.PostAsync("/api/scheduling/reminders/run");
        var all = await fgw.GetJsonAsync<Page<ReminderRow>>("/api/scheduling/reminders");
        var own = await unit.GetJsonAsync<Page<ReminderRow>>("/api/scheduling/reminders");

        units.ShouldBe(units with { Year = 2025, Month = 2, DueDate = new DateOnly(2025, 3, 10), Overdue = true });
        var water = units.Units.Single();
        water.DepartmentName.ShouldBe("区水务局");
        water.Projects.Single().Name.ShouldBe(late);
        unitsOwn.Units.ShouldBeEmpty();
        first.ShouldBe(new ReminderRun(2025, 2, new DateOnly(2025, 3, 10), true, 1, 1));
        again.Reminded.ShouldBe(0);
        byUnit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        all.Items.Single().ShouldBe(new ReminderRow("区水务局", 2025, 2, new DateOnly(2025, 3, 15), 1, late, 1));
        own.Items.ShouldBeEmpty();
        var mail = await app.MailToAsync(address);
        mail.Subject.ShouldBe("【催报】2025年2月项目月度进展逾期未报");
        mail.TextBody!.ShouldContain($"应于2025年3月10日前报送，截至2025年3月15日，贵单位尚有 1 个项目未报送：{late}");
    }

    [Fact]
    public async Task The_office_sets_the_due_day_within_every_month_and_the_daily_job_is_registered()
    {
        using var office = await app.SignInAsync("zdb");
        using var unit = await app.SignInAsync("cjtz");
        var settings = await office.GetJsonAsync<SettingsRow>("/api/scheduling/reporting-settings");

        var tooLate = await office.PutAsync("/api/scheduling/reporting-settings", new { dueDay = 31, concurrencyStamp = settings.ConcurrencyStamp });
        var byUnit = await unit.PutAsync("/api/scheduling/reporting-settings", new { dueDay = 15, concurrencyStamp = settings.ConcurrencyStamp });
        var changed = await (await office.PutAsync("/api/scheduling/reporting-settings", new { dueDay = 20, concurrencyStamp = settings.ConcurrencyStamp })).ReadJsonAsync<SettingsRow>(HttpStatusCode.OK);
        var notYetDue = await unit.GetJsonAsync<LateUnits>("/api/scheduling/progress/2025/2/late-units");
        var stale = await office.PutAsync("/api/scheduling/reporting-settings", new { dueDay = 10, concurrencyStamp = settings.ConcurrencyStamp });
        (await office.PutAsync("/api/scheduling/reporting-settings", new { dueDay = 10, concurrencyStamp = changed.ConcurrencyStamp })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var recurring = await app.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<JobStorage>().GetConnection().GetRecurringJobs()));

        settings.DueDay.ShouldBe(10);
        (await tooLate.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldContain("dueDay");
        byUnit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        notYetDue.DueDate.ShouldBe(new DateOnly(2025, 3, 20));
        notYetDue.Overdue.ShouldBeFalse();
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        recurring.Single(j => j.Id == ProgressReminderJob.Id).Cron.ShouldBe("0 9 * * *");
    }
}

public sealed class ReminderTestsOnSqlite(SqliteMailApp app) : ReminderTests<SqliteMailApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class ReminderTestsOnPostgres(PostgresMailApp app) : ReminderTests<PostgresMailApp>(app);
