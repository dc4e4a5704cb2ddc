using InvestmentPipeline.Infrastructure.Persistence;

namespace InvestmentPipeline.SignedContracts.Features.Funds;

/// <summary>Funds evidence files under the app's data directory (signed-contracts/{contract}/{entry}); the database keeps the relative path.</summary>
internal sealed class EvidenceStore(DatabaseOptions database)
{
    private readonly string root = Path.Combine(database.DataDirectory, "signed-contracts");

    public async Task<string> SaveAsync(Guid contractId, Guid entryId, byte[] content, CancellationToken ct)
    {
        var relative = Path.Combine(contractId.ToString("N"), entryId.ToString("N"));
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

    public void Delete(string relative)
    {
        var path = Path.Combine(root, relative);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
