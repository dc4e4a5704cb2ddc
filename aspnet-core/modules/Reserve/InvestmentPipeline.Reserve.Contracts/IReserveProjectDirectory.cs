namespace InvestmentPipeline.Reserve.Contracts;

/// <summary>Which projects exist in the library, by id, with their names (e.g. a signed contract linking one on landing).</summary>
public interface IReserveProjectDirectory
{
    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);
}
