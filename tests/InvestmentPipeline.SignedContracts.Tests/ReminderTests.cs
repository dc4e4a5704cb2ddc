using System.Net;
using Hangfire;
using Hangfire.Storage;
using InvestmentPipeline.SignedContracts.Features.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.SignedContracts.Tests;

public sealed record ReminderRow(Guid ContractId, string ContractNumber, string Reason, string? MilestoneKind, string Level, string Text, int EmailedTo);

public sealed record SettingsRow(int MilestoneReminderDays, int NoFundsAfterDays, Guid ConcurrencyStamp);

/// <summary>Milestones due soon or overdue and contracts without funds remind the responsible department once, in the app and by mail.</summary>
public abstract class ReminderTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MailApp
{
    private DateOnly Today => DateOnly.FromDateTime(app.Time.GetUtcNow().AddHours(8).DateTime);

    [Fact]
    public async Task The_daily_job_reminds_once_per_matter_and_level_even_when_run_twice()
    {
        using var zsj = await app.SignInAsync("zsj");
        using var admin = await app.AdminAsync();
        var address = $"{Guid.NewGuid():N}@town.example.cn";
        using (var created = await admin.PostAsync("/api/identity/users", new
        {
            userName = "r" + Guid.NewGuid().ToString("N")[..10], displayName = "三合镇联络员", password = TestUsers.Password, email = address,
            departmentId = await TestUsers.DepartmentIdAsync(admin, "TOWN03"), roles = new[] { "investmentteam" },
        }))
        {
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        var contract = (await ContractFixtures.CreateAsync(zsj, ContractFixtures.UniqueName("提醒"), Today.AddDays(-200), 1_000_000m, department: "TOWN03",
            milestones: new object[] { new { kind = "LandSupply", plannedOn = Today.AddDays(3) }, new { kind = "ConstructionStart", plannedOn = Today.AddDays(-5) } })).Contract;

        var first = await (await zsj.PostAsync("/api/signed-contracts/reminders/run")).ReadJsonAsync<ContractReminderRunDto>(HttpStatusCode.OK);
        var second = await (await zsj.PostAsync("/api/signed-contracts/reminders/run")).ReadJsonAsync<ContractReminderRunDto>(HttpStatusCode.OK);
        var all = await zsj.GetJsonAsync<Page<ReminderRow>>("/api/signed-contracts/reminders?pageSize=200");
        var mails = await app.MailsToAsync(address);
        var recurring = await app.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<JobStorage>().GetConnection().GetRecurringJobs()));

        first.Reminded.ShouldBeGreaterThanOrEqualTo(3);
        second.Reminded.ShouldBe(0);
        all.Items.Where(r => r.ContractId == contract.Id).Select(r => (r.Reason, r.MilestoneKind, r.Level)).OrderBy(r => r.Reason).ThenBy(r => r.MilestoneKind).ShouldBe([
            ("Milestone", "ConstructionStart", "Overdue"), ("Milestone", "LandSupply", "DueSoon"), ("NoFunds", null, "Overdue")]);
        all.Items.Where(r => r.ContractId == contract.Id).ShouldAllBe(r => r.EmailedTo == 1);
        mails.Count.ShouldBe(1);
        mails[0].TextBody!.ShouldContain("供地节点");
        recurring.Single(j => j.Id == "signed-contracts-reminders").Cron.ShouldBe("30 8 * * *");
    }

    [Fact]
    public async Task The_settings_stay_within_their_ranges()
    {
        using var zsj = await app.SignInAsync("zsj");
        using var reader = await app.SignInAsync("zszb");
        var settings = await reader.GetJsonAsync<SettingsRow>("/api/signed-contracts/settings");
        var tooMany = await zsj.PutAsync("/api/signed-contracts/settings", new { milestoneReminderDays = 61, noFundsAfterDays = 5 });
        var byReader = await reader.PutAsync("/api/signed-contracts/settings", new { milestoneReminderDays = 7, noFundsAfterDays = 90 });
        var saved = await (await zsj.PutAsync("/api/signed-contracts/settings", new { milestoneReminderDays = 7, noFundsAfterDays = 90 })).ReadJsonAsync<SettingsRow>(HttpStatusCode.OK);

        settings.ShouldBe(settings with { MilestoneReminderDays = 7, NoFundsAfterDays = 90 });
        (await tooMany.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.Order().ShouldBe(["milestoneReminderDays", "noFundsAfterDays"]);
        byReader.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        saved.MilestoneReminderDays.ShouldBe(7);
    }
}

public sealed class SqliteReminderTests(SqliteMailApp app) : ReminderTests<SqliteMailApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresReminderTests(PostgresMailApp app) : ReminderTests<PostgresMailApp>(app);
