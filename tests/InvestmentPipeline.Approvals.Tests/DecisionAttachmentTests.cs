using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hangfire;
using Hangfire.Storage;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Approvals.Features.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static InvestmentPipeline.Approvals.Tests.ApprovalRun;

namespace InvestmentPipeline.Approvals.Tests;

public sealed record AttachmentRow(Guid Id, string FileName, string ContentType, int Size);

/// <summary>Decision attachments (审批制 projects 6 and 8): uploaded before deciding, taken by exactly one decision, downloaded by those who see the instance.</summary>
public abstract partial class ApprovalApiTests<TApp>
    where TApp : AppFactory
{
    private static readonly byte[] Pdf = [.. "%PDF-1.4\n批复文件"u8];

    private static async Task<HttpResponseMessage> UploadAsync(ApiSession session, Guid stepId, byte[] content, string name)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", name);
        return await session.Client.PostAsync($"{Base}/steps/{stepId}/attachments", form);
    }

    private static Task<HttpResponseMessage> DecideWithAsync(ApiSession session, InstanceStepRow step, string key, params Guid[] attachmentIds)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}/steps/{step.Id}/decisions")
        {
            Content = JsonContent.Create(new { decision = "Approve", comment = "同意，见批复", concurrencyStamp = step.ConcurrencyStamp, attachmentIds }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return session.Client.SendAsync(request);
    }

    [Fact]
    public async Task A_decision_carries_its_uploaded_files_once_and_only_real_pdf_jpeg_or_png_files_are_taken()
    {
        var (admin, project) = await ApprovalProjectAsync(6);
        var drc = await app.ApproverAsync("DRC");
        var eeb = await app.ApproverAsync("EEB");
        var started = await StartAsync(admin, project.Id);
        var step = started["PROPOSAL"];

        var uploaded = await (await UploadAsync(drc, step.Id, Pdf, "批复.pdf")).ReadJsonAsync<AttachmentRow>(HttpStatusCode.Created);
        var disguised = await UploadAsync(drc, step.Id, [.. "not a pdf"u8], "假的.pdf");
        var tooBig = await UploadAsync(drc, step.Id, [.. Pdf, .. new byte[10 * 1024 * 1024]], "大.pdf");
        var byOtherDepartment = await UploadAsync(eeb, step.Id, Pdf, "批复.pdf");
        var unknown = await DecideWithAsync(drc, step, Guid.NewGuid().ToString("N"), Guid.NewGuid());
        var key = Guid.NewGuid().ToString("N");
        var first = await DecideWithAsync(drc, step, key, uploaded.Id);
        var repeated = await DecideWithAsync(drc, step, key, uploaded.Id);
        var view = await admin.InstanceAsync(started.Id);
        var decision = await admin.GetJsonAsync<InstanceDecisionView>($"{Base}/instances/{started.Id}");
        var download = await eeb.Client.GetAsync($"{Base}/attachments/{uploaded.Id}");
        var missing = await drc.Client.GetAsync($"{Base}/attachments/{Guid.NewGuid()}");

        uploaded.ShouldSatisfyAllConditions(u => u.ContentType.ShouldBe("application/pdf"), u => u.FileName.ShouldBe("批复.pdf"), u => u.Size.ShouldBe(Pdf.Length));
        (await disguised.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["file"].Single().ShouldContain("按文件内容识别");
        (await tooBig.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["file"].Single().ShouldContain("10 MB");
        byOtherDepartment.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldContain("attachmentIds");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        repeated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await DecisionRowsAsync(step.Id)).ShouldBe(1);
        view["PROPOSAL"].State.ShouldBe("Approved");
        decision.Steps.Single(s => s.Code == "PROPOSAL").Decisions.Single().Attachments.Single().Id.ShouldBe(uploaded.Id);
        download.StatusCode.ShouldBe(HttpStatusCode.OK); // EEB has a step in this run, so it sees the instance
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_nightly_sweep_deletes_files_and_rows_no_decision_took_within_a_day_and_keeps_the_rest()
    {
        var (admin, project) = await ApprovalProjectAsync(8);
        var drc = await app.ApproverAsync("DRC");
        var step = (await StartAsync(admin, project.Id))["PROPOSAL"];
        var abandoned = await (await UploadAsync(drc, step.Id, Pdf, "未用.pdf")).ReadJsonAsync<AttachmentRow>(HttpStatusCode.Created);
        var recent = await (await UploadAsync(drc, step.Id, Pdf, "刚传.pdf")).ReadJsonAsync<AttachmentRow>(HttpStatusCode.Created);
        var used = await (await UploadAsync(drc, step.Id, Pdf, "批复.pdf")).ReadJsonAsync<AttachmentRow>(HttpStatusCode.Created);
        (await DecideWithAsync(drc, step, Guid.NewGuid().ToString("N"), used.Id)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var abandonedPath = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ApprovalsDbContext>();
            var twoDaysAgo = app.Time.GetUtcNow().UtcDateTime.AddDays(-2);
            await db.ApprovalAttachments.Where(a => a.Id == abandoned.Id || a.Id == used.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.UploadedAt, twoDaysAgo));
            return await db.ApprovalAttachments.Where(a => a.Id == abandoned.Id).Select(a => a.StoredPath).SingleAsync();
        });
        var store = app.Services.GetRequiredService<AttachmentStore>();
        var fileBefore = await store.ReadAsync(abandonedPath, CancellationToken.None);

        var deleted = await app.InScopeAsync(sp => sp.GetRequiredService<UnusedAttachmentSweep>().RunAsync(CancellationToken.None));
        var again = await app.InScopeAsync(sp => sp.GetRequiredService<UnusedAttachmentSweep>().RunAsync(CancellationToken.None));
        var recurring = await app.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<JobStorage>().GetConnection().GetRecurringJobs()));

        fileBefore.ShouldBe(Pdf);
        deleted.ShouldBe(1);
        again.ShouldBe(0);
        (await store.ReadAsync(abandonedPath, CancellationToken.None)).ShouldBeNull();
        (await drc.Client.GetAsync($"{Base}/attachments/{abandoned.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await drc.Client.GetAsync($"{Base}/attachments/{recent.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await drc.Client.GetAsync($"{Base}/attachments/{used.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        recurring.Single(j => j.Id == UnusedAttachmentSweep.Id).Cron.ShouldBe("30 2 * * *");
    }
}

public sealed record DecisionWithAttachments(Guid Id, string Kind, List<AttachmentRow> Attachments);

public sealed record StepDecisionsView(string Code, List<DecisionWithAttachments> Decisions);

public sealed record InstanceDecisionView(Guid Id, List<StepDecisionsView> Steps);
