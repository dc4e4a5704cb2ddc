namespace InvestmentPipeline.Reserve.Contracts;

/// <summary>What another module needs of one project: its name, regime and responsible department (e.g. to start its approvals).</summary>
/// <param name="SignedContractNumber">The signed contract the project came from or was linked to on landing, if any.</param>
public sealed record ReserveProjectInfo(Guid Id, string Name, InvestmentRegime Regime, Guid ResponsibleDepartmentId, string? SignedContractNumber);

/// <summary>Which projects exist in the library, by id, with their names (e.g. a signed contract linking one on landing).</summary>
public interface IReserveProjectDirectory
{
    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);

    /// <summary>One project, or null when it does not exist.</summary>
    Task<ReserveProjectInfo?> GetAsync(Guid id, CancellationToken cancellationToken);
}
