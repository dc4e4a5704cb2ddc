using Hangfire;
using InvestmentPipeline.Approvals.Data;
using InvestmentPipeline.Infrastructure.Jobs;
using InvestmentPipeline.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Features.Instances;

/// <summary>
/// Every night at 02:30 Shanghai time: attachments uploaded more than a day ago that no decision took (the user
/// closed the dialog, or the decision was refused and never retried) are deleted, file and row, so that neither
/// the disk nor the table keeps what nobody can reach. A file is deleted before its row: a crash between the two
/// leaves a row the next run deletes again, never a file without a row.
/// </summary>
internal sealed class UnusedAttachmentSweep(ApprovalsDbContext db, AttachmentStore store, TimeProvider time)
{
    public const string Id = "approvals-unused-attachments";
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);
    private const int Batch = 500;

    /// <summary>How many attachments were deleted.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var before = time.GetUtcNow().UtcDateTime - KeptFor;
        var deleted = 0;
        while (true)
        {
            var unused = await db.ApprovalAttachments.Where(a => a.DecisionId == null && a.UploadedAt < before)
                .OrderBy(a => a.UploadedAt).Take(Batch).ToListAsync(ct);
            if (unused.Count == 0)
            {
                return deleted;
            }

            foreach (var attachment in unused)
            {
                store.Delete(attachment.StoredPath);
            }

            db.ApprovalAttachments.RemoveRange(unused);
            await db.SaveChangesAsync(ct);
            deleted += unused.Count;
        }
    }
}

internal sealed class UnusedAttachmentSweepSetup : IRecurringJobSetup
{
    public void Register(IRecurringJobManager recurringJobs) =>
        recurringJobs.AddOrUpdate<UnusedAttachmentSweep>(UnusedAttachmentSweep.Id, j => j.RunAsync(CancellationToken.None), "30 2 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiClock.Zone });
}
