using System.Net;
using InvestmentPipeline.Infrastructure.Outbox;
using InvestmentPipeline.Leads.Data;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace InvestmentPipeline.Leads.Tests;

/// <summary>
/// 招商线索 over HTTP: an owner works their own leads through the stages with follow-ups, 统筹 works any, a leader reads
/// all and changes nothing, duplicates are caught across owners, and the funnel counts what happened. Company names are
/// unique per test, so the tests share one app.
/// </summary>
public abstract class LeadTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : AppFactory
{
    private DateOnly Today => DateOnly.FromDateTime(app.Time.GetUtcNow().AddHours(8).DateTime);

    internal static object NewLead(string company, string? creditCode = null, string industry = "FSE_WATER", bool acknowledge = false, Guid? owner = null) => new
    {
        companyName = company, creditCode, projectIntent = "富硒矿泉水灌装生产线", industryCode = industry, intendedInvestment = 300_000_000m,
        source = "Fair", sourceDetail = "第二十四届青洽会", contacts = new[] { new { name = "王经理", title = "投资总监", phone = "0971-8123456", email = "wang@example.com" } },
        ownerUserId = owner, acknowledgeDuplicates = acknowledge,
    };

    internal static async Task<LeadRow> CreateAsync(ApiSession session, object lead) =>
        await (await session.PostAsync("/api/leads", lead)).ReadJsonAsync<LeadRow>(HttpStatusCode.Created);

    internal static async Task<LeadRow> MoveAsync(ApiSession session, LeadRow lead, string stage, string? reason = null) =>
        await (await session.PostAsync($"/api/leads/{lead.Id}/stage", new { stage, reason, concurrencyStamp = lead.ConcurrencyStamp }))
            .ReadJsonAsync<LeadRow>(HttpStatusCode.OK);

    [Fact]
    public async Task An_owner_works_their_own_lead_through_the_stages_with_follow_ups_and_a_leader_reads_it()
    {
        using var owner = await app.SignInAsync("zszb");
        var lead = await CreateAsync(owner, NewLead("昆仑山泉饮品有限公司"));
        lead.OwnerName.ShouldBe("招商专班演示用户");
        lead.StageName.ShouldBe("线索");
        lead.CanEdit.ShouldBeTrue();

        var visit = await (await owner.PostAsync($"/api/leads/{lead.Id}/follow-ups", new
        {
            kind = "Visit", occurredOn = Today, people = "招商局 李科长；企业 王经理", notes = "实地考察水源地，企业关注取水许可", nextAction = "提供取水许可办理清单",
            nextActionOn = Today.AddDays(7),
        })).ReadJsonAsync<FollowUpRow>(HttpStatusCode.Created);
        visit.KindName.ShouldBe("拜访");

        lead = await owner.GetJsonAsync<LeadDetailRow>($"/api/leads/{lead.Id}").ContinueWith(t => t.Result.Lead);
        lead.NextAction.ShouldBe("提供取水许可办理清单");
        lead.NextActionOn.ShouldBe(Today.AddDays(7));
        lead = await MoveAsync(owner, lead, "Contact");
        lead = await MoveAsync(owner, lead, "Visit");
        lead = await MoveAsync(owner, lead, "Negotiation");
        lead = await MoveAsync(owner, lead, "Visit", "企业要求再看一次用地");

        var detail = await owner.GetJsonAsync<LeadDetailRow>($"/api/leads/{lead.Id}");
        detail.StageChanges.Select(s => s.ToName).ShouldBe(["线索", "接洽", "考察", "洽谈", "考察"]);
        detail.StageChanges[^1].Reason.ShouldBe("企业要求再看一次用地");
        detail.FollowUps.Single().Notes.ShouldContain("取水许可");
        detail.Contacts.Single().Name.ShouldBe("王经理");

        using var leader = await app.SignInAsync("qld");
        var seen = await leader.GetJsonAsync<LeadDetailRow>($"/api/leads/{lead.Id}");
        seen.Lead.CanEdit.ShouldBeFalse();
        (await leader.PutAsync($"/api/leads/{lead.Id}", NewLead("昆仑山泉饮品有限公司"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await leader.PostAsync($"/api/leads/{lead.Id}/stage", new { stage = "Negotiation", concurrencyStamp = lead.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var supervisor = await app.SignInAsync("zsj");
        var edited = await (await supervisor.PutAsync($"/api/leads/{lead.Id}", new
        {
            companyName = "昆仑山泉饮品有限公司", projectIntent = "富硒矿泉水灌装二期", industryCode = "FSE_WATER", intendedInvestment = 350_000_000m, source = "Fair",
            sourceDetail = "第二十四届青洽会", contacts = Array.Empty<object>(), concurrencyStamp = lead.ConcurrencyStamp,
        })).ReadJsonAsync<LeadRow>(HttpStatusCode.OK);
        edited.IntendedInvestment.ShouldBe(350_000_000m);
        (await owner.PostAsync($"/api/leads/{lead.Id}/stage", new { stage = "Negotiation", concurrencyStamp = lead.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_colleague_sees_but_cannot_change_anothers_lead_and_other_departments_see_nothing()
    {
        using var owner = await app.SignInAsync("zszb");
        var lead = await CreateAsync(owner, NewLead("青海雪域康养旅游开发有限公司", industry: "WELLNESS"));
        using var admin = await app.AdminAsync();
        var (_, colleague) = await TestUsers.CreateSignedInAsync(app, admin, "IPB", "investmentteam");
        using (colleague)
        {
            (await colleague.GetAsync($"/api/leads/{lead.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var refused = await (await colleague.PostAsync($"/api/leads/{lead.Id}/follow-ups", new { kind = "Call", occurredOn = Today, people = "张三", notes = "电话沟通" }))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            refused.Detail!.ShouldContain("招商专班演示用户");
            (await colleague.PostAsync("/api/leads", NewLead("海东物流园区运营有限公司", industry: "LOGISTICS", owner: lead.OwnerUserId)))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        var (_, town) = await TestUsers.CreateSignedInAsync(app, admin, "DRC", "investmentteam");
        using (town)
        {
            (await town.GetAsync($"/api/leads/{lead.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await town.GetJsonAsync<Page<LeadRow>>("/api/leads?search=雪域康养")).TotalCount.ShouldBe(0);
        }

        using var unit = await app.SignInAsync("cjtz");
        (await unit.GetAsync("/api/leads")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Stage_rules_hold_over_http()
    {
        using var owner = await app.SignInAsync("zszb");
        var lead = await CreateAsync(owner, NewLead("西宁生态文旅集团有限公司", industry: "ECO_TOURISM"));

        var skip = await (await owner.PostAsync($"/api/leads/{lead.Id}/stage", new { stage = "Contracted", concurrencyStamp = lead.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        skip.Code.ShouldBe("Leads.StageTransition");
        var noReason = await (await owner.PostAsync($"/api/leads/{lead.Id}/stage", new { stage = "Abandoned", concurrencyStamp = lead.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        noReason.Detail.ShouldBe("放弃线索须填写原因");

        lead = await MoveAsync(owner, lead, "Abandoned", "企业投资方向调整");
        lead.AbandonReason.ShouldBe("企业投资方向调整");
        (await owner.PostAsync($"/api/leads/{lead.Id}/stage", new { stage = "Negotiation", concurrencyStamp = lead.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        lead = await MoveAsync(owner, lead, "Clue");
        lead.AbandonReason.ShouldBeNull();

        var future = await (await owner.PostAsync($"/api/leads/{lead.Id}/follow-ups", new { kind = "Call", occurredOn = Today.AddDays(1), people = "王经理", notes = "电话沟通" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        future.Detail.ShouldBe("跟进日期不能晚于今天");
        (await owner.PostAsync($"/api/leads/{lead.Id}/follow-ups", new { kind = "Call", occurredOn = Today, people = "王经理", notes = "电话沟通", nextAction = "寄送资料" }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var invalid = await (await owner.PostAsync("/api/leads", new { companyName = "", creditCode = "91110108551385082A", industryCode = "FSE_WATER", source = "Fair" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        invalid.Errors!.Keys.ShouldContain("companyName");
        invalid.Errors!.Keys.ShouldContain("projectIntent");
    }

    [Fact]
    public async Task Duplicates_are_caught_by_credit_code_and_by_a_near_identical_name_across_owners()
    {
        using var owner = await app.SignInAsync("zszb");
        var first = await CreateAsync(owner, NewLead("青海富硒源（集团）有限公司", "91110108551385082Q", "FSE_PARK"));

        using var supervisor = await app.SignInAsync("zsj");
        var sameCode = await (await supervisor.PostAsync("/api/leads", NewLead("另一个名字有限公司", "91110108551385082q", "FSE_PARK", acknowledge: true)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        sameCode.Errors!["creditCode"].Single().ShouldContain("招商专班演示用户");
        var badCode = await (await supervisor.PostAsync("/api/leads", NewLead("校验位错误有限公司", "91110108551385082A", "FSE_PARK")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        badCode.Errors!["creditCode"].Single().ShouldContain("校验位");

        var similar = await (await supervisor.PostAsync("/api/leads", NewLead("青海富硒源集团有限责任公司", industry: "FSE_PARK")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        similar.Code.ShouldBe("Leads.PossibleDuplicate");
        similar.Detail!.ShouldContain("青海富硒源（集团）有限公司");

        var found = await supervisor.GetJsonAsync<List<DuplicateRow>>($"/api/leads/duplicates?companyName={Uri.EscapeDataString("青海 富硒源集团")}");
        found.Single().Id.ShouldBe(first.Id);
        found.Single().MatchedBy.ShouldBe("企业名称相近");
        found.Single().SameCreditCode.ShouldBeFalse();

        var second = await CreateAsync(supervisor, NewLead("青海富硒源集团有限责任公司", industry: "FSE_PARK", acknowledge: true));
        var detail = await supervisor.GetJsonAsync<LeadDetailRow>($"/api/leads/{second.Id}");
        detail.Duplicates.Single().Id.ShouldBe(first.Id);
    }

    [Fact]
    public async Task The_funnel_counts_each_stage_reached_and_its_conversion()
    {
        using var admin = await app.AdminAsync();
        var (user, member) = await TestUsers.CreateSignedInAsync(app, admin, "IPB", "investmentteam");
        using (member)
        {
            var a = await CreateAsync(member, NewLead("漏斗甲物流有限公司", industry: "LOGISTICS"));
            var b = await CreateAsync(member, NewLead("漏斗乙物流有限公司", industry: "LOGISTICS"));
            var c = await CreateAsync(member, NewLead("漏斗丙康养有限公司", industry: "WELLNESS"));
            await CreateAsync(member, NewLead("漏斗丁康养有限公司", industry: "WELLNESS"));
            a = await MoveAsync(member, a, "Contact");
            a = await MoveAsync(member, a, "Visit");
            await MoveAsync(member, a, "Negotiation");
            b = await MoveAsync(member, b, "Contact");
            await MoveAsync(member, b, "Visit");
            c = await MoveAsync(member, c, "Contact");
            await MoveAsync(member, c, "Abandoned", "企业资金链紧张");

            var funnel = await member.GetJsonAsync<FunnelRow>($"/api/leads/funnel?ownerUserId={user.Id}&from={Today:yyyy-MM-dd}&to={Today:yyyy-MM-dd}");

            // Reached: 线索 4 (all), 接洽 3 (甲 乙 丙, 丙 counted where it got before giving up), 考察 2, 洽谈 1, 签约 0.
            funnel.Total.ShouldBe(4);
            funnel.Abandoned.ShouldBe(1);
            funnel.Stages.Select(s => s.Reached).ShouldBe([4, 3, 2, 1, 0]);
            funnel.Stages.Select(s => s.Current).ShouldBe([1, 0, 1, 1, 0]);
            funnel.Stages.Select(s => s.ConversionFromPrevious).ShouldBe([null, 0.75m, 0.6667m, 0.5m, 0m]);
            funnel.ConversionRate.ShouldBe(0m);
            var wellness = funnel.ByIndustry.Single(g => g.Key == "WELLNESS");
            (wellness.Name, wellness.Total, wellness.Open, wellness.Abandoned).ShouldBe(("康体养生休闲", 2, 1, 1));
            funnel.BySource.Single().Name.ShouldBe("展会招商");
            funnel.ByOwner.Single().Total.ShouldBe(4);

            var board = await member.GetJsonAsync<List<BoardColumnRow>>($"/api/leads/board?ownerUserId={user.Id}");
            board.Select(col => col.Count).ShouldBe([1, 0, 1, 1, 0, 1]);
            board.Single(col => col.Stage == "Negotiation").Leads.Single().CompanyName.ShouldBe("漏斗甲物流有限公司");

            var export = await member.GetAsync($"/api/leads/export?ownerUserId={user.Id}&stage=Abandoned");
            export.StatusCode.ShouldBe(HttpStatusCode.OK);
            var rows = (await export.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
            rows.Single()["企业名称"].ShouldBe("漏斗丙康养有限公司");
            rows.Single()["放弃原因"].ShouldBe("企业资金链紧张");
            rows.Single()["意向投资额(万元)"].ShouldBe(30000d);
        }
    }

    [Fact]
    public async Task A_supervisor_reassigns_a_lead_and_only_the_new_owner_works_it()
    {
        using var owner = await app.SignInAsync("zszb");
        var lead = await CreateAsync(owner, NewLead("改派测试物流有限公司", industry: "LOGISTICS"));
        using var admin = await app.AdminAsync();
        var (colleague, colleagueSession) = await TestUsers.CreateSignedInAsync(app, admin, "IPB", "investmentteam");
        using (colleagueSession)
        {
            (await colleagueSession.PostAsync($"/api/leads/{lead.Id}/assign", new { ownerUserId = colleague.Id, concurrencyStamp = lead.ConcurrencyStamp }))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

            using var supervisor = await app.SignInAsync("zsj");
            var unknown = await (await supervisor.PostAsync($"/api/leads/{lead.Id}/assign", new { ownerUserId = Guid.NewGuid(), concurrencyStamp = lead.ConcurrencyStamp }))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            unknown.Errors!.Keys.ShouldContain("ownerUserId");
            var moved = await (await supervisor.PostAsync($"/api/leads/{lead.Id}/assign", new { ownerUserId = colleague.Id, concurrencyStamp = lead.ConcurrencyStamp }))
                .ReadJsonAsync<LeadRow>(HttpStatusCode.OK);
            moved.OwnerUserId.ShouldBe(colleague.Id);
            moved.OwnerName.ShouldBe(colleague.DisplayName);

            (await owner.PostAsync($"/api/leads/{lead.Id}/stage", new { stage = "Contact", concurrencyStamp = moved.ConcurrencyStamp }))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await MoveAsync(colleagueSession, moved, "Contact")).StageName.ShouldBe("接洽");
        }
    }

    [Fact]
    public async Task The_follow_up_setting_is_kept_by_supervisors_within_its_range()
    {
        using var owner = await app.SignInAsync("zszb");
        var settings = await owner.GetJsonAsync<SettingsRow>("/api/leads/settings");
        (await owner.PutAsync("/api/leads/settings", new { staleAfterDays = 20, concurrencyStamp = settings.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var supervisor = await app.SignInAsync("zsj");
        var outOfRange = await (await supervisor.PutAsync("/api/leads/settings", new { staleAfterDays = 1, concurrencyStamp = settings.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        outOfRange.Errors!.Keys.ShouldContain("staleAfterDays");
        var saved = await (await supervisor.PutAsync("/api/leads/settings", new { staleAfterDays = settings.StaleAfterDays, concurrencyStamp = settings.ConcurrencyStamp }))
            .ReadJsonAsync<SettingsRow>(HttpStatusCode.OK);
        saved.ConcurrencyStamp.ShouldNotBe(settings.ConcurrencyStamp);
        (await supervisor.PutAsync("/api/leads/settings", new { staleAfterDays = 40, concurrencyStamp = settings.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Signing_hands_the_contract_to_SignedContracts_and_each_record_shows_the_other()
    {
        using var owner = await app.SignInAsync("zszb");
        var lead = await CreateAsync(owner, NewLead("签约测试富硒产业有限公司", "91330100799655058B", "FSE_PARK"));
        lead = await MoveAsync(owner, lead, "Visit");
        var number = $"QY-T-{Guid.NewGuid():N}"[..20];
        using var admin = await app.AdminAsync();
        var bureauId = await TestUsers.DepartmentIdAsync(admin, "IPB");
        object Sign(LeadRow l, string n) => new
        {
            contractNumber = n, signedOn = Today, signingEvent = "第二十四届青洽会", contractedAmount = 120_000_000m, projectName = "富硒农产品加工园项目",
            responsibleDepartmentId = bureauId, concurrencyStamp = l.ConcurrencyStamp,
        };

        var early = await (await owner.PostAsync($"/api/leads/{lead.Id}/sign", Sign(lead, number))).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        early.Code.ShouldBe("Leads.StageTransition");
        lead = await MoveAsync(owner, lead, "Negotiation");
        var signed = await (await owner.PostAsync($"/api/leads/{lead.Id}/sign", Sign(lead, number))).ReadJsonAsync<LeadRow>(HttpStatusCode.OK);
        signed.StageName.ShouldBe("签约");
        signed.ContractId.ShouldNotBeNull();

        await app.InScopeAsync(sp => sp.GetRequiredService<OutboxDispatcher<LeadsDbContext>>().DispatchAsync(CancellationToken.None));
        var detail = await owner.GetJsonAsync<LeadDetailRow>($"/api/leads/{lead.Id}");
        detail.Contract.ShouldNotBeNull();
        (detail.Contract.Number, detail.Contract.ProjectName, detail.Contract.FulfilmentState, detail.Contract.ContractedAmount)
            .ShouldBe((number, "富硒农产品加工园项目", "未启动", 120_000_000m));
        using var bureau = await app.SignInAsync("zsj");
        var contract = await bureau.GetJsonAsync<SignedContractRow>($"/api/signed-contracts/{signed.ContractId}");
        contract.Contract.LeadId.ShouldBe(lead.Id);
        contract.Contract.CompanyName.ShouldBe("签约测试富硒产业有限公司");
        contract.Contract.CreditCode.ShouldBe("91330100799655058B");

        var another = await CreateAsync(owner, NewLead("另一家签约测试有限公司", industry: "FSE_PARK"));
        another = await MoveAsync(owner, another, "Negotiation");
        var taken = await (await owner.PostAsync($"/api/leads/{another.Id}/sign", Sign(another, number))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        taken.Errors!["contractNumber"].Single().ShouldBe("合同编号已存在");
    }

    [Fact]
    public async Task The_catalogue_is_seeded_and_only_supervisors_keep_it()
    {
        using var owner = await app.SignInAsync("zszb");
        var industries = await owner.GetJsonAsync<List<IndustryRow>>("/api/leads/industries");
        industries.Take(5).Select(i => i.Name).ShouldBe(["富硒产业园", "富硒矿泉水", "生态文化旅游", "康体养生休闲", "物流和现代服务业"]);
        var water = industries.Single(i => i.Code == "FSE_WATER");
        (await owner.PutAsync($"/api/leads/industries/{water.Id}", new { code = water.Code, name = water.Name, chain = "x", targets = "y", sortOrder = 20, isActive = true, concurrencyStamp = water.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var supervisor = await app.SignInAsync("zsj");
        var added = await (await supervisor.PostAsync("/api/leads/industries", new { code = "NEW_ENERGY", name = "新能源", chain = "光伏 → 储能", targets = "光伏组件企业", sortOrder = 60, isActive = true }))
            .ReadJsonAsync<IndustryRow>(HttpStatusCode.Created);
        var off = await (await supervisor.PutAsync($"/api/leads/industries/{added.Id}", new { code = "NEW_ENERGY", name = "新能源", chain = "光伏 → 储能", targets = "光伏组件企业", sortOrder = 60, isActive = false, concurrencyStamp = added.ConcurrencyStamp }))
            .ReadJsonAsync<IndustryRow>(HttpStatusCode.OK);
        off.IsActive.ShouldBeFalse();
        var refused = await (await owner.PostAsync("/api/leads", NewLead("新能源停用测试有限公司", industry: "NEW_ENERGY"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        refused.Errors!.Keys.ShouldContain("industryCode");
        (await supervisor.PostAsync("/api/leads/industries", new { code = "NEW_ENERGY2", name = "新能源", sortOrder = 70, isActive = true }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}

public sealed class LeadTestsOnSqlite(SqliteApp app) : LeadTests<SqliteApp>(app);

[Trait("Database", "PostgreSQL")]
public sealed class LeadTestsOnPostgres(PostgresApp app) : LeadTests<PostgresApp>(app);
