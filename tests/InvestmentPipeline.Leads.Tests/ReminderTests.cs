using System.Net;
using InvestmentPipeline.Leads.Features.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Leads.Tests;

/// <summary>
/// The morning job reminds an owner of a due next action once per date and of a lead left without follow-up once per
/// last activity, in the app and by real SMTP to a fake server on the machine.
/// </summary>
public abstract class LeadReminderTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MailApp
{
    private DateOnly Today => DateOnly.FromDateTime(app.Time.GetUtcNow().AddHours(8).DateTime);

    private Task<LeadReminderRunDto> RunJobAsync() =>
        app.InScopeAsync(services => services.GetRequiredService<LeadReminderJob>().RunAsync(CancellationToken.None));

    [Fact]
    public async Task Owners_are_reminded_once_of_due_next_actions_and_of_leads_left_without_follow_up()
    {
        using var admin = await app.AdminAsync();
        var address = $"{Guid.NewGuid():N}@ipb.example.cn";
        var userName = "r" + Guid.NewGuid().ToString("N")[..10];
        using (var created = await admin.PostAsync("/api/identity/users", new
        {
            userName, displayName = "招商专班联络员", password = TestUsers.Password, email = address,
            departmentId = await TestUsers.DepartmentIdAsync(admin, "IPB"), roles = new[] { "investmentteam" },
        }))
        {
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        using var owner = await app.SignInAsync(userName, TestUsers.Password);
        (await owner.PostAsync("/api/account/change-password", new { currentPassword = TestUsers.Password, newPassword = TestUsers.Password + "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var due = await LeadTests<SqliteApp>.CreateAsync(owner, LeadTests<SqliteApp>.NewLead("提醒甲矿泉水有限公司"));
        var quiet = await LeadTests<SqliteApp>.CreateAsync(owner, LeadTests<SqliteApp>.NewLead("提醒乙矿泉水有限公司"));
        (await owner.PostAsync($"/api/leads/{due.Id}/follow-ups", new
        {
            kind = "Meeting", occurredOn = Today, people = "王经理", notes = "会谈投资协议条款", nextAction = "报送协议草案", nextActionOn = Today,
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var first = await RunJobAsync();
        var second = await RunJobAsync();
        first.NextActionsDue.ShouldBeGreaterThanOrEqualTo(1);
        second.NextActionsDue.ShouldBe(0);
        var today = await owner.GetJsonAsync<List<ReminderRow>>("/api/leads/reminders");
        today.Single().LeadId.ShouldBe(due.Id);
        today.Single().Kind.ShouldBe("NextActionDue");
        today.Single().Emailed.ShouldBeTrue();
        var mail = await app.MailToAsync(address);
        var body = mail.TextBody ?? string.Empty;
        body.ShouldContain("提醒甲矿泉水有限公司");
        body.ShouldContain("报送协议草案");

        app.Time.Advance(TimeSpan.FromDays(31));
        await RunJobAsync();
        await RunJobAsync();
        using var again = await app.SignInAsync(userName, TestUsers.Password + "x");
        var mine = await again.GetJsonAsync<List<ReminderRow>>("/api/leads/reminders");
        mine.Count(r => r.LeadId == quiet.Id && r.Kind == "NoFollowUp").ShouldBe(1);
        mine.Single(r => r.LeadId == quiet.Id).Text.ShouldContain("未跟进");
        var stale = await again.GetJsonAsync<Page<LeadRow>>("/api/leads?stale=true");
        stale.Items.Select(l => l.Id).ShouldContain(quiet.Id);
        stale.Items.ShouldAllBe(l => l.Stale);
    }
}

public sealed class LeadReminderTestsOnSqlite(SqliteMailApp app) : LeadReminderTests<SqliteMailApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class LeadReminderTestsOnPostgres(PostgresMailApp app) : LeadReminderTests<PostgresMailApp>(app);
