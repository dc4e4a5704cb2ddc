using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.SignedContracts.Contracts;
using InvestmentPipeline.SignedContracts.Domain;

namespace InvestmentPipeline.SignedContracts.Features;

/// <summary>
/// What contracts refer to in other modules: the 重点招商目录 (Leads) and the departments (Identity), and the signed-in
/// user as an <see cref="Actor"/>. Injected as one service, so a handler resolves its dependencies only when it runs.
/// </summary>
internal sealed class References(IIndustryCatalogue industries, IDepartmentDirectory departments)
{
    public async Task<Dictionary<string, string>> IndustryNamesAsync(CancellationToken ct) =>
        (await industries.GetAllAsync(ct)).ToDictionary(i => i.Code, i => i.Name);

    public Task<IReadOnlyList<IndustryInfo>> IndustriesAsync(CancellationToken ct) => industries.GetAllAsync(ct);

    public async Task<Dictionary<Guid, string>> DepartmentNamesAsync(IEnumerable<Guid> ids, CancellationToken ct) =>
        (await departments.GetAsync(ids.Distinct(), ct)).Values.ToDictionary(d => d.Id, d => d.Name);

    public Task<IReadOnlyList<DepartmentInfo>> AllDepartmentsAsync(CancellationToken ct) => departments.GetAllAsync(ct);

    public static Actor ActorOf(CurrentUser user) => new(user.Id, user.DisplayName ?? user.UserName ?? "");

    /// <summary>Users who manage contracts, or see every department, see every contract.</summary>
    public static bool SeesAll(CurrentUser user) => user.HasPermission(SignedContractsPermissions.Manage) || user.ScopedDepartmentId is null;
}
