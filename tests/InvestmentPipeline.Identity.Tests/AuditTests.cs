using System.Net;
using InvestmentPipeline.Identity.Jobs;
using InvestmentPipeline.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace InvestmentPipeline.Identity.Tests;

public abstract class AuditTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    [Fact]
    public async Task Audit_rows_cannot_be_changed_or_deleted_before_180_days_even_with_SQL()
    {
        var id = await AddEntryAsync(DateTime.UtcNow.AddDays(-10));

        await Should.ThrowAsync<Exception>(() => app.InScopeAsync(sp =>
            sp.GetRequiredService<AuditDbContext>().AuditLogs.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Outcome, "篡改"))));
        await Should.ThrowAsync<Exception>(() => app.InScopeAsync(sp =>
            sp.GetRequiredService<AuditDbContext>().AuditLogs.Where(e => e.Id == id).ExecuteDeleteAsync()));

        var row = await app.InScopeAsync(sp => sp.GetRequiredService<AuditDbContext>().AuditLogs.SingleAsync(e => e.Id == id));
        row.Outcome.ShouldBe(AuditOutcomes.Success);
    }

    [Fact]
    public async Task The_retention_job_removes_rows_past_the_retention_period_and_keeps_younger_ones()
    {
        var now = app.Time.GetUtcNow().UtcDateTime;
        var old = await AddEntryAsync(now.AddDays(-400));
        var young = await AddEntryAsync(now.AddDays(-200));

        var removed = await app.InScopeAsync(sp => sp.GetRequiredService<AuditRetentionJob>().RunAsync(CancellationToken.None));

        removed.ShouldBeGreaterThanOrEqualTo(1);
        var remaining = await app.InScopeAsync(sp => sp.GetRequiredService<AuditDbContext>().AuditLogs.Where(e => e.Id == old || e.Id == young).Select(e => e.Id).ToListAsync());
        remaining.ShouldBe([young]);
    }

    [Fact]
    public async Task An_auditor_reads_and_exports_the_log_but_cannot_change_business_data_and_the_attempt_is_logged()
    {
        using var auditor = await app.SignInAsync("sjy");

        var refused = await auditor.PostAsync("/api/identity/departments", new { name = "审计员不能建", code = "NOPE", sortOrder = 1 });
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var denied = await auditor.GetJsonAsync<Page<AuditRow>>("/api/identity/audit-logs?action=访问被拒绝&userName=sjy");
        denied.Items.ShouldContain(r => r.Detail!.Contains("/api/identity/departments") && r.Outcome == "失败");
        using var export = await auditor.GetAsync("/api/identity/audit-logs/export?userName=sjy");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = (await export.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.ShouldNotBeEmpty();
        rows[0].Keys.ShouldBe(["时间", "用户", "部门", "IP", "操作", "对象类型", "对象ID", "结果", "变更内容", "说明"]);
        rows.ShouldAllBe(r => (string)r["用户"] == "sjy");
    }

    [Fact]
    public async Task The_log_filters_by_user_action_entity_and_time_and_pages()
    {
        using var admin = await app.AdminAsync();
        var user = await TestUsers.CreateAsync(admin, "KPO");
        var since = DateTime.UtcNow.AddMinutes(-5).ToString("O");

        var page = await admin.GetJsonAsync<Page<AuditRow>>($"/api/identity/audit-logs?userName=admin&action=创建&entityType=AppUser&from={Uri.EscapeDataString(since)}&pageSize=1");

        page.Items.ShouldHaveSingleItem();
        page.TotalCount.ShouldBeGreaterThanOrEqualTo(1);
        var all = await admin.GetJsonAsync<Page<AuditRow>>($"/api/identity/audit-logs?entityType=AppUser&action=创建&pageSize=200");
        all.Items.ShouldContain(r => r.EntityId == user.Id.ToString());
        all.Items.ShouldAllBe(r => r.Action == "创建" && r.EntityType!.Contains("AppUser"));
    }

    private Task<long> AddEntryAsync(DateTime timeUtc) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<AuditDbContext>();
        var entry = new AuditLogEntry { Action = AuditActions.Update, Outcome = AuditOutcomes.Success, TimeUtc = timeUtc, UserName = "测试" };
        db.AuditLogs.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    });
}

public sealed class AuditTestsOnSqlite(SqliteApp app) : AuditTests<SqliteApp>(app);

[Trait(Db.Trait, Db.Postgres)]
public sealed class AuditTestsOnPostgres(PostgresApp app) : AuditTests<PostgresApp>(app);
