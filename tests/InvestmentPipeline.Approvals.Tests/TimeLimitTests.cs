using System.Net;
using Hangfire;
using Hangfire.Storage;
using InvestmentPipeline.Approvals.Contracts;
using InvestmentPipeline.Approvals.Features.TimeLimits;
using Microsoft.Extensions.DependencyInjection;
using static InvestmentPipeline.Approvals.Tests.ApprovalRun;

namespace InvestmentPipeline.Approvals.Tests;

public sealed record ApprovalReminderRow(
    Guid Id, Guid DepartmentId, Guid InstanceId, Guid ProjectId, string ProjectName, Guid StepId, int Round, string StepName, Guid StepDepartmentId,
    string Level, int ElapsedWorkingDays, int TimeLimitDays, DateOnly DueOn, DateOnly SentOn, int EmailedTo);

/// <summary>
/// 审批时限 on the mail host (clock from Saturday 15 March 2025, 10:00 Shanghai): 项目备案 (DRC) has 1 working day, so it is
/// at its limit on Monday the 17th (reminded) and past it on Tuesday the 18th (escalated to DRC and 区重点办).
/// </summary>
public abstract class TimeLimitTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MailApp
{
    private async Task<(string UserName, string Address)> UserWithMailAsync(string departmentCode, string role, bool isDepartmentHead = false)
    {
        using var admin = await app.AdminAsync();
        var userName = "m" + Guid.NewGuid().ToString("N")[..10];
        var address = $"{userName}@{departmentCode.ToLowerInvariant()}.example.cn";
        using (var created = await admin.PostAsync("/api/identity/users", new
        {
            userName, displayName = departmentCode + "联络员", password = TestUsers.Password, email = address,
            departmentId = await TestUsers.DepartmentIdAsync(admin, departmentCode), roles = new[] { role }, isDepartmentHead,
        }))
        {
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        using var session = await app.SignInAsync(userName, TestUsers.Password);
        using var changed = await session.PostAsync("/api/account/change-password", new { currentPassword = TestUsers.Password, newPassword = TestUsers.Password + "x" });
        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return (userName, address);
    }

    private Task<ApiSession> SignInAsync(string userName) => app.SignInAsync(userName, TestUsers.Password + "x");

    private Task<TimeLimitRunDto> RunJobAsync() => app.InScopeAsync(sp => sp.GetRequiredService<TimeLimitJob>().RunAsync(CancellationToken.None));

    private Task<IReadOnlyDictionary<Guid, IReadOnlyList<ApprovalStepProgress>>> ProgressAsync(Guid projectId, DateOnly asOf) =>
        app.InScopeAsync(sp => sp.GetRequiredService<IApprovalProgress>().GetOverdueStepsAsync([projectId], asOf, CancellationToken.None));

    [Fact]
    public async Task A_step_is_reminded_once_at_80_percent_and_escalated_once_past_its_limit_in_the_app_and_by_mail()
    {
        var (drcUser, drcAddress) = await UserWithMailAsync("DRC", "approver");
        var (_, drcHeadAddress) = await UserWithMailAsync("DRC", "approver", isDepartmentHead: true);
        var (kpoUser, kpoAddress) = await UserWithMailAsync("KPO", "keyoffice");
        ProjectRow project;
        InstanceRow started;
        using (var admin = await app.AdminAsync())
        {
            project = (await DemoProjectsAsync(admin, "Filing", "IPB"))[0];
            started = await StartAsync(admin, project.Id);
        }

        var onSaturday = await RunJobAsync();
        var saturdayProgress = await ProgressAsync(project.Id, new DateOnly(2025, 3, 15));

        app.Time.Advance(TimeSpan.FromDays(2)); // Monday 17 March: 1 of 1 working day used
        var reminded = await RunJobAsync();
        var remindedAgain = await RunJobAsync();
        List<TaskRow> mondayInbox;
        using (var drc = await SignInAsync(drcUser))
        {
            mondayInbox = await drc.InboxAsync();
        }

        var reminderMail = await app.MailToAsync(drcAddress);

        app.Time.Advance(TimeSpan.FromDays(1)); // Tuesday 18 March: past the limit
        var escalated = await RunJobAsync();
        var escalatedAgain = await RunJobAsync();
        var tuesdayProgress = await ProgressAsync(project.Id, new DateOnly(2025, 3, 18));
        var mondayProgress = await ProgressAsync(project.Id, new DateOnly(2025, 3, 17));
        using var drcNow = await SignInAsync(drcUser);
        using var kpoNow = await SignInAsync(kpoUser);
        var inbox = await drcNow.InboxAsync();
        var instance = await drcNow.InstanceAsync(started.Id);
        var drcReminders = (await drcNow.GetJsonAsync<Page<ApprovalReminderRow>>($"{Base}/reminders")).Items.Where(r => r.StepId == started["FILING"].Id).ToList();
        var kpoReminders = (await kpoNow.GetJsonAsync<Page<ApprovalReminderRow>>($"{Base}/reminders")).Items.Where(r => r.StepId == started["FILING"].Id).ToList();
        var drcMails = await app.MailsToAsync(drcAddress);
        var drcHeadMails = await app.MailsToAsync(drcHeadAddress);
        var kpoMail = await app.MailToAsync(kpoAddress);
        var recurring = await app.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<JobStorage>().GetConnection().GetRecurringJobs()));

        onSaturday.ShouldBe(new TimeLimitRunDto(new DateOnly(2025, 3, 15), 0, 0, 0));
        saturdayProgress.ShouldBeEmpty();
        reminded.Reminded.ShouldBeGreaterThanOrEqualTo(1);
        reminded.Escalated.ShouldBe(0);
        remindedAgain.ShouldBe(new TimeLimitRunDto(new DateOnly(2025, 3, 17), 0, 0, 0));
        mondayInbox.Single(t => t.InstanceId == started.Id).ShouldSatisfyAllConditions(
            t => t.ElapsedWorkingDays.ShouldBe(1), t => t.DueOn.ShouldBe(new DateOnly(2025, 3, 17)), t => t.LimitState.ShouldBe("Reminded80"));
        reminderMail.Subject.ShouldBe($"【审批时限提醒】{project.Name}「项目备案」即将到期");
        reminderMail.TextBody!.ShouldContain("时限为 1 个工作日，截至2025年3月17日已用 1 个工作日，应于2025年3月17日前办结");
        escalated.Escalated.ShouldBeGreaterThanOrEqualTo(1);
        escalatedAgain.ShouldBe(new TimeLimitRunDto(new DateOnly(2025, 3, 18), 0, 0, 0));
        var red = tuesdayProgress[project.Id].Single();
        red.ShouldBe(new ApprovalStepProgress(
            project.Id, started.Id, started["FILING"].Id, "FILING", "项目备案", started["FILING"].DepartmentId, 2, 1, new DateOnly(2025, 3, 17), true));
        mondayProgress[project.Id].Single().ShouldSatisfyAllConditions(p => p.Overdue.ShouldBeFalse(), p => p.ElapsedWorkingDays.ShouldBe(1));
        inbox.Single(t => t.InstanceId == started.Id).ShouldSatisfyAllConditions(
            t => t.ElapsedWorkingDays.ShouldBe(2), t => t.DueOn.ShouldBe(new DateOnly(2025, 3, 17)), t => t.LimitState.ShouldBe("Overdue"));
        instance["FILING"].ShouldSatisfyAllConditions(
            s => s.ElapsedWorkingDays.ShouldBe(2), s => s.DueOn.ShouldBe(new DateOnly(2025, 3, 17)), s => s.LimitState.ShouldBe("Overdue"));
        instance["EIA"].ShouldSatisfyAllConditions(s => s.ElapsedWorkingDays.ShouldBeNull(), s => s.DueOn.ShouldBeNull(), s => s.LimitState.ShouldBeNull());
        drcReminders.Select(r => (r.Level, r.SentOn, r.ElapsedWorkingDays, r.EmailedTo)).OrderBy(r => r.SentOn).ShouldBe(
            [("Reminded80", new DateOnly(2025, 3, 17), 1, 2), ("Overdue", new DateOnly(2025, 3, 18), 2, 1)]);
        kpoReminders.Count.ShouldBe(3); // 区重点办 sees every department's rows
        kpoReminders.Single(r => r.DepartmentId != r.StepDepartmentId).ShouldSatisfyAllConditions(
            r => r.Level.ShouldBe("Overdue"), r => r.ProjectName.ShouldBe(project.Name), r => r.StepDepartmentId.ShouldBe(started["FILING"].DepartmentId));
        drcMails.Select(m => m.Subject).ShouldBe([reminderMail.Subject]); // the department is reminded, its head alone gets the escalation
        drcHeadMails.Select(m => m.Subject).ShouldBe([reminderMail.Subject, kpoMail.Subject], ignoreOrder: true);
        kpoMail.Subject.ShouldBe($"【审批超时】{project.Name}「项目备案」已超过办理时限");
        kpoMail.TextBody!.ShouldContain("应于2025年3月17日前办结，截至2025年3月18日已用 2 个工作日，已超时");
        recurring.Single(j => j.Id == TimeLimitJob.Id).Cron.ShouldBe("40 8 * * *");
    }
}

public sealed class TimeLimitTestsOnSqlite(SqliteMailApp app) : TimeLimitTests<SqliteMailApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class TimeLimitTestsOnPostgres(PostgresMailApp app) : TimeLimitTests<PostgresMailApp>(app);
