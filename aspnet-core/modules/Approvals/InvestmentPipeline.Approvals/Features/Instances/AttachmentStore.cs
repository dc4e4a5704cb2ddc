using InvestmentPipeline.Infrastructure.Persistence;

namespace InvestmentPipeline.Approvals.Features.Instances;

/// <summary>Decision attachments on disk under the data directory (as the signed-contract evidence), by instance and attachment id.</summary>
internal sealed class AttachmentStore(DatabaseOptions database)
{
    private readonly string root = Path.Combine(database.DataDirectory, "approvals");

    public async Task<string> SaveAsync(Guid instanceId, Guid attachmentId, byte[] content, CancellationToken ct)
    {
        var relative = Path.Combine(instanceId.ToString("N"), attachmentId.ToString("N"));
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content, ct);
        return relative.Replace('\\', '/');
    }

    public async Task<byte[]?> ReadAsync(string relative, CancellationToken ct)
    {
        var path = Path.Combine(root, relative);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : null;
    }

    /// <summary>A file already gone is no error.</summary>
    public void Delete(string relative) => File.Delete(Path.Combine(root, relative));
}
