using System.Net;
using InvestmentPipeline.Infrastructure.Outbox;
using InvestmentPipeline.Leads.Contracts;
using InvestmentPipeline.SharedKernel.Events;
using InvestmentPipeline.SignedContracts.Data;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.SignedContracts.Tests;

public sealed record ReserveProjectRow(Guid Id, string Name, string Regime, string SectorCode, string ProjectUnit, decimal TotalInvestment, string State, string ReviewStatus, Guid? SignedContractId, string? SignedContractNumber);

/// <summary>签约项目 over HTTP: the form, its follow-up (milestones, state, funds, problems), landing, the lead's signing, and who sees what.</summary>
public abstract class ContractTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private DateOnly Today => DateOnly.FromDateTime(app.Time.GetUtcNow().AddHours(8).DateTime);

    [Fact]
    public async Task A_contract_is_created_edited_followed_up_and_refused_when_stale()
    {
        using var zsj = await app.SignInAsync("zsj");
        var name = ContractFixtures.UniqueName("富硒茶园");
        var created = await ContractFixtures.CreateAsync(zsj, name, new DateOnly(2021, 6, 1), 12_000_000m, signingEvent: "第二十二届青洽会",
            milestones: new[] { new { kind = "ConstructionStart", plannedOn = new DateOnly(2021, 12, 1) } });
        var edited = await (await zsj.PutAsync($"/api/signed-contracts/{created.Contract.Id}", new
        {
            projectName = name, companyName = "富硒茶业有限公司", creditCode = "9163020011223344x3", signedOn = new DateOnly(2021, 6, 1), signingEvent = "第二十二届青洽会",
            industryCode = "FSE_PARK", contractedAmount = 15_000_000m, responsibleDepartmentId = created.Contract.ResponsibleDepartmentId, concurrencyStamp = created.ConcurrencyStamp,
        })).ReadJsonAsync<ContractDetail>(HttpStatusCode.OK);
        var stale = await zsj.PutAsync($"/api/signed-contracts/{created.Contract.Id}", new
        {
            projectName = name, companyName = "x", signedOn = new DateOnly(2021, 6, 1), industryCode = "FSE_PARK", contractedAmount = 1m,
            responsibleDepartmentId = created.Contract.ResponsibleDepartmentId, concurrencyStamp = created.ConcurrencyStamp,
        });
        var bad = await zsj.PostAsync("/api/signed-contracts", new
        {
            projectName = name, companyName = "x", creditCode = "91630200112233440Z", signedOn = Today.AddDays(2), industryCode = "NOPE", contractedAmount = 0m,
            responsibleDepartmentId = Guid.NewGuid(),
        });
        await ContractFixtures.StateAsync(zsj, created.Contract.Id, "Preparing");
        var started = await (await zsj.PutAsync($"/api/signed-contracts/{created.Contract.Id}/milestones/ConstructionStart",
            new { plannedOn = new DateOnly(2021, 12, 1), actualOn = new DateOnly(2022, 1, 10), note = "举行开工仪式" })).ReadJsonAsync<ContractDetail>(HttpStatusCode.OK);
        var futureActual = await zsj.PutAsync($"/api/signed-contracts/{created.Contract.Id}/milestones/Production", new { actualOn = Today.AddDays(1) });
        var wrongTransition = await zsj.PostAsync($"/api/signed-contracts/{created.Contract.Id}/state", new { state = "NotStarted" });
        var noReason = await zsj.PostAsync($"/api/signed-contracts/{created.Contract.Id}/state", new { state = "Terminated" });
        var unknown = await zsj.GetAsync($"/api/signed-contracts/{Guid.NewGuid()}");

        created.Contract.Number.ShouldStartWith("QY2021");
        created.Contract.ShouldBe(created.Contract with { IndustryName = "富硒产业园", ResponsibleDepartmentName = "区招商局", FulfilmentState = "NotStarted", FulfilmentStateName = "未启动" });
        created.Milestones.Single(m => m.Kind == "ConstructionStart").PlannedOn.ShouldBe(new DateOnly(2021, 12, 1));
        created.Contract.OverdueMilestones.ShouldBe(1);
        edited.Contract.ShouldBe(edited.Contract with { CompanyName = "富硒茶业有限公司", CreditCode = "9163020011223344X3", ContractedAmount = 15_000_000m });
        (await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("SignedContracts.Concurrency");
        (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.Order().ShouldBe(["contractedAmount"]);
        started.Contract.FulfilmentState.ShouldBe("UnderConstruction");
        started.History.Select(h => (h.Kind, h.FromState, h.ToState)).ShouldBe([
            ("Created", null, "NotStarted"), ("StateChanged", "NotStarted", "Preparing"), ("StateChanged", "Preparing", "UnderConstruction")]);
        started.History[^1].Text!.ShouldContain("开工节点");
        started.History[^1].ByName.ShouldBe("招商局演示用户");
        (await futureActual.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("SignedContracts.DateInFuture");
        (await wrongTransition.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("SignedContracts.StateTransition");
        (await noReason.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("SignedContracts.StateReasonRequired");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var badFields = await zsj.PostAsync("/api/signed-contracts", new
        {
            projectName = name, companyName = "x", creditCode = "91630200112233440Z", signedOn = Today.AddDays(2), industryCode = "NOPE", contractedAmount = 5m,
            responsibleDepartmentId = Guid.NewGuid(),
        });
        (await badFields.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.Order().ShouldBe(["creditCode", "industryCode", "responsibleDepartmentId", "signedOn"]);
    }

    [Fact]
    public async Task Funds_need_evidence_by_content_and_are_downloaded_and_deleted_with_a_reason()
    {
        using var zsj = await app.SignInAsync("zsj");
        var contract = (await ContractFixtures.CreateAsync(zsj, ContractFixtures.UniqueName("资金到位"), new DateOnly(2022, 3, 1), 1_000_000m)).Contract;
        var pdf = "%PDF-1.4 test"u8.ToArray();

        var added = await (await ContractFixtures.AddFundsAsync(zsj, contract.Id, new DateOnly(2022, 4, 1), 800_000m, pdf, fileName: "回单.pdf")).ReadJsonAsync<FundRow>(HttpStatusCode.Created);
        var over = await (await ContractFixtures.AddFundsAsync(zsj, contract.Id, new DateOnly(2022, 5, 1), 300_000m)).ReadJsonAsync<FundRow>(HttpStatusCode.Created);
        var notAnImage = await ContractFixtures.AddFundsAsync(zsj, contract.Id, new DateOnly(2022, 5, 1), 1m, "MZ executable"u8.ToArray(), fileName: "fake.png");
        var tooLarge = await ContractFixtures.AddFundsAsync(zsj, contract.Id, new DateOnly(2022, 5, 1), 1m, [.. ContractFixtures.Png, .. new byte[10 * 1024 * 1024]]);
        var future = await ContractFixtures.AddFundsAsync(zsj, contract.Id, Today.AddDays(1), 1m);
        var beforeSigning = await ContractFixtures.AddFundsAsync(zsj, contract.Id, new DateOnly(2022, 2, 1), 1m);
        var ledger = await ContractFixtures.AddFundsAsync(zsj, contract.Id, new DateOnly(2022, 5, 1), 1m, kind: "LedgerImport");
        using var evidence = await zsj.GetAsync($"/api/signed-contracts/{contract.Id}/funds/{added.Id}/evidence");
        var detail = await zsj.GetJsonAsync<ContractDetail>($"/api/signed-contracts/{contract.Id}");
        var noReason = await zsj.DeleteAsync($"/api/signed-contracts/{contract.Id}/funds/{over.Id}");
        var deleted = await zsj.DeleteAsync($"/api/signed-contracts/{contract.Id}/funds/{over.Id}?reason=重复登记");
        var after = await zsj.GetJsonAsync<ContractDetail>($"/api/signed-contracts/{contract.Id}");

        added.ShouldBe(added with { Kind = "BankVoucher", ContentType = "application/pdf", FileName = "回单.pdf", HasEvidence = true, UploadedBy = "招商局演示用户" });
        (await notAnImage.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["file"]);
        (await tooLarge.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!["file"].Single().ShouldContain("10 MB");
        (await future.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["arrivedOn"]);
        (await beforeSigning.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["arrivedOn"]);
        (await ledger.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["kind"]);
        evidence.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await evidence.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        detail.Contract.ShouldBe(detail.Contract with { FundsArrived = 1_100_000m, OverContracted = true });
        (await noReason.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("SignedContracts.ReasonRequired");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        after.Contract.ShouldBe(after.Contract with { FundsArrived = 800_000m, OverContracted = false });
        after.History[^1].ShouldBe(after.History[^1] with { Kind = "FundsDeleted" });
        after.History[^1].Text!.ShouldContain("重复登记");
    }

    [Fact]
    public async Task Landing_creates_the_reserve_project_or_links_an_existing_one_once()
    {
        using var zsj = await app.SignInAsync("zsj");
        using var fgw = await app.SignInAsync("fgw");
        var name = ContractFixtures.UniqueName("落地新建");
        var contract = (await ContractFixtures.CreateAsync(zsj, name, new DateOnly(2022, 7, 1), 50_000_000m, "LOGISTICS", company: "青海落地物流有限公司")).Contract;
        var tooEarly = await zsj.PostAsync($"/api/signed-contracts/{contract.Id}/landing", new { });
        await ContractFixtures.StateAsync(zsj, contract.Id, "Preparing");
        var landed = await (await zsj.PostAsync($"/api/signed-contracts/{contract.Id}/landing", new { plannedStart = new DateOnly(2023, 3, 15) })).ReadJsonAsync<ContractDetail>(HttpStatusCode.OK);
        var twice = await zsj.PostAsync($"/api/signed-contracts/{contract.Id}/landing", new { });
        await DispatchAsync();
        var project = await fgw.GetJsonAsync<ReserveProjectRow>($"/api/reserve/projects/{landed.Contract.ProjectId}");
        await DispatchAsync();

        var existing = (await fgw.GetJsonAsync<Page<ReserveProjectRow>>("/api/reserve/projects?pageSize=100")).Items.First(p => p.SignedContractId is null);
        var link = (await ContractFixtures.CreateAsync(zsj, ContractFixtures.UniqueName("落地关联"), new DateOnly(2022, 7, 2), 1_000_000m)).Contract;
        await ContractFixtures.StateAsync(zsj, link.Id, "Preparing");
        var unknown = await zsj.PostAsync($"/api/signed-contracts/{link.Id}/landing", new { linkProjectId = Guid.NewGuid() });
        var linked = await (await zsj.PostAsync($"/api/signed-contracts/{link.Id}/landing", new { linkProjectId = existing.Id })).ReadJsonAsync<ContractDetail>(HttpStatusCode.OK);
        await DispatchAsync();
        var second = (await ContractFixtures.CreateAsync(zsj, ContractFixtures.UniqueName("落地再关联"), new DateOnly(2022, 7, 3), 1_000_000m)).Contract;
        await ContractFixtures.StateAsync(zsj, second.Id, "Preparing");
        var taken = await zsj.PostAsync($"/api/signed-contracts/{second.Id}/landing", new { linkProjectId = existing.Id });
        var linkedProject = await fgw.GetJsonAsync<ReserveProjectRow>($"/api/reserve/projects/{existing.Id}");
        var detail = await zsj.GetJsonAsync<ContractDetail>($"/api/signed-contracts/{contract.Id}");

        (await tooEarly.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("SignedContracts.LandingNotAllowed");
        landed.Contract.LandedOn.ShouldBe(Today);
        (await twice.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code.ShouldBe("SignedContracts.LandingNotAllowed");
        project.ShouldBe(new ReserveProjectRow(landed.Contract.ProjectId!.Value, name, "Filing", "INDUSTRY", "青海落地物流有限公司", 50_000_000m, "PreConstruction", "Accepted",
            contract.Id, contract.Number));
        detail.ProjectName.ShouldBe(name);
        (await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["linkProjectId"]);
        linked.Contract.ProjectId.ShouldBe(existing.Id);
        linked.ProjectName.ShouldBe(existing.Name);
        linkedProject.ShouldBe(linkedProject with { SignedContractId = link.Id, SignedContractNumber = link.Number, Name = existing.Name });
        var refused = await taken.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        refused.Errors!["linkProjectId"].ShouldBe([$"该项目已关联签约项目 {link.Number}"]);
    }

    [Fact]
    public async Task A_signed_lead_becomes_its_contract_once_and_a_taken_number_gets_a_suffix()
    {
        using var zsj = await app.SignInAsync("zsj");
        var taken = (await ContractFixtures.CreateAsync(zsj, ContractFixtures.UniqueName("编号占用"), new DateOnly(2018, 1, 2), 1_000m)).Contract;
        var signed = new LeadSignedIntegrationEvent(
            Guid.NewGuid(), Guid.NewGuid(), taken.Number, new DateOnly(2018, 2, 3), "以商招商", 3_000_000m, ContractFixtures.UniqueName("线索签约"), "线索企业",
            null, "WELLNESS", taken.ResponsibleDepartmentId, Guid.NewGuid());

        for (var i = 0; i < 2; i++)
        {
            await app.InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<IIntegrationEventHandler<LeadSignedIntegrationEvent>>().HandleAsync(signed, CancellationToken.None);
                return 0;
            });
        }

        var found = await zsj.GetJsonAsync<Page<ContractRow>>($"/api/signed-contracts?search={signed.ProjectName}");
        var detail = await zsj.GetJsonAsync<ContractDetail>($"/api/signed-contracts/{signed.ContractId}");

        found.TotalCount.ShouldBe(1);
        detail.Contract.ShouldBe(detail.Contract with { Number = taken.Number + "-2", LeadId = signed.LeadId, FulfilmentState = "NotStarted", IndustryName = "康体养生休闲" });
        detail.History.ShouldContain(h => h.Text!.Contains($"已被其他签约项目使用，改为 {taken.Number}-2"));
    }

    [Fact]
    public async Task Writers_need_manage_and_a_department_reader_sees_its_own_contracts_and_problems()
    {
        using var zsj = await app.SignInAsync("zsj");
        using var zszb = await app.SignInAsync("zszb");
        using var qld = await app.SignInAsync("qld");
        var tag = ContractFixtures.UniqueName("范围");
        var own = (await ContractFixtures.CreateAsync(zsj, tag + "招商局的", new DateOnly(2022, 1, 1), 1_000m, department: "IPB")).Contract;
        var other = (await ContractFixtures.CreateAsync(zsj, tag + "发改委的", new DateOnly(2022, 1, 1), 1_000m, department: "DRC")).Contract;
        using var admin = await app.AdminAsync();
        var (_, wat) = await TestUsers.CreateSignedInAsync(app, admin, "WAT", "investmentteam");
        using var water = wat;
        var watId = await TestUsers.DepartmentIdAsync(zsj, "WAT");
        var problem = await (await zsj.PostAsync($"/api/signed-contracts/{other.Id}/problems",
            new { description = "需协调供水管网接入", assignedDepartmentId = watId, deadline = Today.AddDays(10) })).ReadJsonAsync<ContractProblemRow>(HttpStatusCode.Created);

        var byReader = await zszb.PostAsync("/api/signed-contracts", new { projectName = "x" });
        var stateByReader = await zszb.PostAsync($"/api/signed-contracts/{own.Id}/state", new { state = "Preparing" });
        var seenByReader = await zszb.GetJsonAsync<Page<ContractRow>>($"/api/signed-contracts?search={tag}");
        var otherByReader = await zszb.GetAsync($"/api/signed-contracts/{other.Id}");
        var seenByLeader = await qld.GetJsonAsync<Page<ContractRow>>($"/api/signed-contracts?search={tag}");
        var seenByWater = await water.GetJsonAsync<Page<ContractRow>>($"/api/signed-contracts?search={tag}");
        var resolveByReader = await zszb.PostAsync($"/api/signed-contracts/{other.Id}/problems/{problem.Id}/resolve", new { resolution = "已接入" });
        var resolveEmpty = await water.PostAsync($"/api/signed-contracts/{other.Id}/problems/{problem.Id}/resolve", new { resolution = "" });
        var resolved = await (await water.PostAsync($"/api/signed-contracts/{other.Id}/problems/{problem.Id}/resolve", new { resolution = "管网已接入" }))
            .ReadJsonAsync<ContractProblemRow>(HttpStatusCode.OK);

        problem.ShouldBe(problem with { Status = "Open", Overdue = false, AssignedDepartmentName = "区水务局" });
        byReader.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        stateByReader.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        seenByReader.Items.Select(c => c.Id).ShouldBe([own.Id]);
        otherByReader.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        seenByLeader.TotalCount.ShouldBe(2);
        seenByWater.Items.Select(c => c.Id).ShouldBe([other.Id]);
        resolveByReader.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await resolveEmpty.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys.ShouldBe(["resolution"]);
        resolved.ShouldBe(resolved with { Status = "Resolved", Resolution = "管网已接入" });
    }

    private Task<int> DispatchAsync() => app.InScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher<SignedContractsDbContext>>().DispatchAsync(CancellationToken.None));
}

public sealed class SqliteContractTests(SqliteApp app) : ContractTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class PostgresContractTests(PostgresApp app) : ContractTests<PostgresApp>(app);
