namespace InvestmentPipeline.SignedContracts.Contracts;

/// <summary>A contract as the other modules show it beside their own record.</summary>
public sealed record SignedContractInfo(Guid ContractId, string Number, string ProjectName, string FulfilmentState, decimal ContractedAmount, decimal FundsArrived);

/// <summary>Read access to signed contracts for the other modules.</summary>
public interface ISignedContractDirectory
{
    Task<bool> IsNumberTakenAsync(string number, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, SignedContractInfo>> GetAsync(IEnumerable<Guid> contractIds, CancellationToken cancellationToken);
}
