using System.Net;

namespace InvestmentPipeline.Host.Tests;

public sealed class NonDemoApp() : AppFactory(DatabaseKind.Sqlite)
{
    public const string AdminPassword = "Prod#Start2026";
    private const string ChangedPassword = "Prod#Mine2026";

    /// <summary>Admin, past the first-login password change (whichever test of the fixture comes first does it).</summary>
    public async Task<ApiSession> ChangedAdminAsync()
    {
        var session = NewSession();
        if ((await session.LoginRawAsync("admin", ChangedPassword)).StatusCode == HttpStatusCode.OK)
        {
            return session;
        }

        await session.LoginAsync("admin", AdminPassword);
        (await session.PostAsync("/api/account/change-password", new { currentPassword = AdminPassword, newPassword = ChangedPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return session;
    }

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Seed:Demo"] = "false",
        ["Seed:AdminPassword"] = AdminPassword,
    };
}

/// <summary>Base data every mode seeds, demo or not: sectors, problem categories, the holiday calendar.</summary>
public sealed class BaseDataTests(NonDemoApp app) : IClassFixture<NonDemoApp>
{
    private sealed record Named(string Code, string Name, int SortOrder);

    private sealed record Day(DateOnly Date, bool IsWorkday, string Name);

    [Fact]
    public async Task Sectors_problem_categories_and_the_holiday_calendar_are_seeded_without_demo_data()
    {
        using var admin = await app.ChangedAdminAsync();

        var sectors = await admin.GetJsonAsync<List<Named>>("/api/reserve/sectors");
        var categories = await admin.GetJsonAsync<List<Named>>("/api/scheduling/problem-categories");
        var calendar = await admin.GetJsonAsync<List<Day>>("/api/approvals/calendar?year=2026");

        sectors.Select(s => s.Name).ShouldBe(["生态", "市政", "交通", "教育", "卫生", "扶贫", "水利", "基层政权建设", "高原美丽乡村", "产业", "文旅", "其他"]);
        categories.Select(c => c.Name).ShouldBe(["拆迁未完成", "资金未落实", "受其他工程影响", "前期手续不完善", "设计变更", "用地未落实", "其他"]);
        calendar.ShouldContain(d => d.Date == new DateOnly(2026, 10, 1) && !d.IsWorkday && d.Name == "国庆节");
        calendar.ShouldContain(d => d.Date == new DateOnly(2026, 2, 14) && d.IsWorkday);
        calendar.ShouldAllBe(d => d.Date.Year == 2026);
    }

    [Fact]
    public async Task Seeding_is_audited_as_the_system_with_readable_keys_and_no_key_material()
    {
        using var admin = await app.ChangedAdminAsync();

        var calendar = await admin.GetJsonAsync<Page<AuditEntry>>("/api/identity/audit-logs?entityType=CalendarDay&pageSize=200");
        var keys = await admin.GetJsonAsync<Page<AuditEntry>>("/api/identity/audit-logs?entityType=DataProtectionKey");

        calendar.Items.ShouldContain(e => e.EntityId == "2026-10-01" && e.UserName == "系统" && e.Action == "创建");
        keys.TotalCount.ShouldBe(0);
    }

    private sealed record AuditEntry(string? UserName, string Action, string? EntityType, string? EntityId);

    [Fact]
    public async Task A_missing_or_malformed_year_is_a_Chinese_400()
    {
        using var admin = await app.ChangedAdminAsync();

        await (await admin.GetAsync("/api/approvals/calendar?year=abc")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
