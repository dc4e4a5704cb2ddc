using InvestmentPipeline.Infrastructure.Outbox;
using InvestmentPipeline.Infrastructure.Security;
using InvestmentPipeline.Infrastructure.Web;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.SignedContracts.Contracts;
using InvestmentPipeline.SignedContracts.Data;
using InvestmentPipeline.SignedContracts.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace InvestmentPipeline.SignedContracts.Features.Contracts;

/// <summary>Following a contract up: milestones, 履约状态, 协调服务 problems, and 落地 into the project library.</summary>
internal static class ContractActionEndpoints
{
    public static void MapContractActions(this RouteGroupBuilder contracts)
    {
        contracts.MapPut("/{id:guid}/milestones/{kind}", SetMilestoneAsync).RequirePermission(SignedContractsPermissions.Manage).WithName("SetContractMilestone")
            .WithSummary("填写节点计划/实际日期（实际开工、投产自动更新履约状态）");
        contracts.MapPost("/{id:guid}/state", ChangeStateAsync).RequirePermission(SignedContractsPermissions.Manage).WithName("ChangeContractState")
            .WithSummary("变更履约状态（停滞、终止须填写原因）");
        contracts.MapPost("/{id:guid}/problems", RaiseProblemAsync).RequirePermission(SignedContractsPermissions.Manage).WithName("RaiseContractProblem")
            .WithSummary("提出协调服务问题（交办单位、期限）");
        contracts.MapPost("/{id:guid}/problems/{problemId:guid}/resolve", ResolveProblemAsync).RequirePermission(SignedContractsPermissions.View)
            .WithName("ResolveContractProblem").WithSummary("办结协调问题（招商局或被交办单位；须填写办理结果）");
        contracts.MapPost("/{id:guid}/landing", LandAsync).RequirePermission(SignedContractsPermissions.Manage).WithName("LandSignedContract")
            .WithSummary("落地：转入项目库（新建项目，或关联已有项目）；仅前期推进/已开工/已投产，且只能一次");
    }

    private static async Task<Results<Ok<ContractDetailDto>, ProblemHttpResult>> SetMilestoneAsync(
        Guid id, ContractMilestoneKind kind, SetMilestoneRequest request, HttpContext http, SignedContractsDbContext db, ContractQueries queries,
        IReserveProjectDirectory projects, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var contract = await queries.FindForChangeAsync(id, user, ct);
        if (contract is null)
        {
            return ProblemResults.NotFound("该签约项目");
        }

        contract.SetMilestone(kind, request.PlannedOn, request.ActualOn, request.Note, References.ActorOf(user), queries.Today, queries.Now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await DetailAsync(contract, queries, projects, ct));
    }

    private static async Task<Results<Ok<ContractDetailDto>, ProblemHttpResult>> ChangeStateAsync(
        Guid id, ChangeStateRequest request, HttpContext http, SignedContractsDbContext db, ContractQueries queries, IReserveProjectDirectory projects,
        CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var contract = await queries.FindForChangeAsync(id, user, ct);
        if (contract is null)
        {
            return ProblemResults.NotFound("该签约项目");
        }

        contract.ChangeState(request.State!.Value, request.Reason, References.ActorOf(user), queries.Now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await DetailAsync(contract, queries, projects, ct));
    }

    private static async Task<Results<Created<ContractProblemDto>, ValidationProblem, ProblemHttpResult>> RaiseProblemAsync(
        Guid id, RaiseProblemRequest request, HttpContext http, SignedContractsDbContext db, ContractQueries queries, References references, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var contract = await queries.FindForChangeAsync(id, user, ct);
        if (contract is null)
        {
            return ProblemResults.NotFound("该签约项目");
        }

        var departmentId = request.AssignedDepartmentId!.Value;
        if (!(await references.DepartmentNamesAsync([departmentId], ct)).TryGetValue(departmentId, out var departmentName))
        {
            return ProblemResults.Invalid("assignedDepartmentId", "协调单位不存在");
        }

        if (request.Deadline < queries.Today)
        {
            return ProblemResults.Invalid("deadline", "办理期限不能早于今天");
        }

        var problem = contract.RaiseProblem(request.Description!, departmentId, departmentName, request.Deadline!.Value, References.ActorOf(user), queries.Today, queries.Now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/signed-contracts/{id}", ContractQueries.ToDto(problem, queries.Today));
    }

    private static async Task<Results<Ok<ContractProblemDto>, ProblemHttpResult>> ResolveProblemAsync(
        Guid id, Guid problemId, ResolveProblemRequest request, HttpContext http, SignedContractsDbContext db, ContractQueries queries, CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var contract = await queries.FindForChangeAsync(id, user, ct);
        var problem = contract?.Problems.FirstOrDefault(p => p.Id == problemId);
        if (contract is null || problem is null)
        {
            return ProblemResults.NotFound("该协调问题");
        }

        if (!user.HasPermission(SignedContractsPermissions.Manage) && user.DepartmentId != problem.AssignedDepartmentId)
        {
            return ProblemResults.Problem(StatusCodes.Status403Forbidden, $"该问题交办给{problem.AssignedDepartmentName}，只能由该单位或招商局办结", "SignedContracts.ProblemNotAssignedToYou");
        }

        contract.ResolveProblem(problemId, request.Resolution, References.ActorOf(user), queries.Now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ContractQueries.ToDto(problem, queries.Today));
    }

    private static async Task<Results<Ok<ContractDetailDto>, ValidationProblem, ProblemHttpResult>> LandAsync(
        Guid id, LandingRequest request, HttpContext http, SignedContractsDbContext db, ContractQueries queries, IReserveProjectDirectory projects,
        CancellationToken ct)
    {
        var user = http.GetCurrentUser();
        var contract = await queries.FindForChangeAsync(id, user, ct);
        if (contract is null)
        {
            return ProblemResults.NotFound("该签约项目");
        }

        string? linkedName = null;
        if (request.LinkProjectId is { } link)
        {
            var linked = await projects.GetAsync(link, ct);
            if (linked is null)
            {
                return ProblemResults.Invalid("linkProjectId", "项目库中没有该项目");
            }

            if (linked.SignedContractNumber is { } taken)
            {
                return ProblemResults.Invalid("linkProjectId", $"该项目已关联签约项目 {taken}");
            }

            linkedName = linked.Name;
        }

        var projectId = request.LinkProjectId ?? Guid.NewGuid();
        var now = queries.Now;
        contract.Land(projectId, request.LinkProjectId is not null, linkedName ?? contract.ProjectName, References.ActorOf(user), queries.Today, now);
        db.AddIntegrationEvent(new ContractLandingIntegrationEvent(
            contract.Id, contract.Number, projectId, request.LinkProjectId is not null, contract.ProjectName, contract.CompanyName, contract.ContractedAmount,
            contract.ResponsibleDepartmentId, request.PlannedStart) { OccurredAtUtc = now });
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await queries.ToDetailAsync(contract, linkedName, ct));
    }

    private static async Task<ContractDetailDto> DetailAsync(SignedContract contract, ContractQueries queries, IReserveProjectDirectory projects, CancellationToken ct)
    {
        var projectName = contract.ProjectId is { } projectId ? (await projects.GetNamesAsync([projectId], ct)).GetValueOrDefault(projectId) : null;
        return await queries.ToDetailAsync(contract, projectName, ct);
    }
}
