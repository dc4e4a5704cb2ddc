namespace InvestmentPipeline.E2E.Tests;

/// <summary>项目库 through the real browser: browse the demo library, submit a project, read it back with its history.</summary>
public sealed class ReserveTests(E2EApp app) : IClassFixture<E2EApp>
{
    [Fact]
    public async Task The_commission_browses_the_library_and_opens_a_project_with_its_tabs()
    {
        await using var browser = await app.NewSessionAsync(nameof(The_commission_browses_the_library_and_opens_a_project_with_its_tabs));
        var page = browser.Page;
        await browser.SignInAsync("fgw", DemoPasswords.User);

        await browser.ByTestId("menu-reserve").ClickAsync();
        await Expect(browser.ByTestId("page-title")).ToHaveTextAsync("项目库");
        await Expect(browser.ByTestId("projects-table")).ToContainTextAsync("七星台森林公园");
        await browser.ScreenshotAsync("library");
        await browser.ByTestId("project-search").FillAsync("湿地");
        await browser.ByTestId("project-search-submit").ClickAsync();
        await Expect(browser.ByTestId("projects-table").GetByTestId("project-link")).ToHaveCountAsync(1);
        await browser.ByTestId("projects-table").GetByTestId("project-link").Filter(new LocatorFilterOptions { HasText = "驿州湿地公园" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/reserve/projects/[0-9a-f-]{36}$"));
        await Expect(browser.ByTestId("project-state")).ToHaveTextAsync("在建");
        await Expect(browser.ByTestId("project-basics")).ToContainTextAsync("区自然资源局");
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "资金来源" }).ClickAsync();
        await Expect(browser.ByTestId("project-funding")).ToContainTextAsync("地方政府专项债券");
        await browser.ScreenshotAsync("project-funding");
        browser.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task A_project_submitted_in_the_form_is_saved_in_yuan_and_shows_up_with_its_history()
    {
        await using var browser = await app.NewSessionAsync(nameof(A_project_submitted_in_the_form_is_saved_in_yuan_and_shows_up_with_its_history));
        var page = browser.Page;
        var name = "端到端道路" + Guid.NewGuid().ToString("N")[..6];
        await browser.SignInAsync("fgw", DemoPasswords.User);
        await page.GotoAsync("/reserve");
        await browser.ByTestId("project-create").ClickAsync();

        await Expect(browser.ByTestId("project-form")).ToBeVisibleAsync();
        await browser.ByTestId("project-form-name").FillAsync(name);
        await browser.ChooseAsync(browser.ByTestId("project-form-regime"), "审批制");
        await browser.ChooseAsync(browser.ByTestId("project-form-sector"), "交通");
        await browser.ChooseAsync(browser.ByTestId("project-form-maturity"), "谋划");
        await browser.ByTestId("project-form-department").ClickAsync();
        await page.Locator(".ant-select-tree-node-content-wrapper", new PageLocatorOptions { HasText = "区交通运输局" }).ClickAsync();
        await browser.ByTestId("project-form-unit").FillAsync("区交通运输局");
        await browser.ByTestId("project-form-total").Locator("input").FillAsync("1234.56");
        await browser.ScreenshotAsync("project-form");
        var response = await page.RunAndWaitForResponseAsync(
            () => browser.ByTestId("project-submit").ClickAsync(),
            r => r.Url.EndsWith("/api/reserve/projects", StringComparison.Ordinal) && r.Request.Method == "POST");

        response.Status.ShouldBe(201, await response.TextAsync());
        (await response.TextAsync()).ShouldContain("\"totalInvestment\":12345600");
        await Expect(browser.ByTestId("project-state")).ToHaveTextAsync("储备");
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "变更历史" }).ClickAsync();
        await Expect(page.GetByText("fgw").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync("project-history");
        browser.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task A_unit_submits_a_project_the_commission_accepts_it_puts_it_in_the_plan_and_exports_the_plan()
    {
        const string test = nameof(A_unit_submits_a_project_the_commission_accepts_it_puts_it_in_the_plan_and_exports_the_plan);
        var name = "储备申报" + Guid.NewGuid().ToString("N")[..6];
        var projectId = await CreateDraftAsUnitAsync(name);

        await using (var unit = await app.NewSessionAsync(test + "-unit"))
        {
            await unit.SignInAsync("cjtz", DemoPasswords.User);
            await unit.Page.GotoAsync($"/reserve/projects/{projectId}");
            await Expect(unit.ByTestId("project-review-status")).ToHaveTextAsync("草稿");
            await unit.ByTestId("project-submit-review").ClickAsync();
            await unit.Page.Locator(".ant-popover .ant-btn-primary").ClickAsync();
            await Expect(unit.ByTestId("project-review-status")).ToHaveTextAsync("已申报");
            await Expect(unit.ByTestId("project-review")).ToHaveCountAsync(0);
            await unit.ScreenshotAsync("submitted");
            unit.ShouldHaveNoScriptErrors();
        }

        await using var commission = await app.NewSessionAsync(test + "-commission");
        var page = commission.Page;
        await commission.SignInAsync("fgw", DemoPasswords.User);
        await page.GotoAsync($"/reserve/projects/{projectId}");
        await commission.ByTestId("project-review").ClickAsync();
        await commission.ByTestId("review-Accept").ClickAsync();
        await commission.ScreenshotAsync("review-dialog");
        await commission.ByTestId("review-submit").ClickAsync();
        await Expect(commission.ByTestId("project-review-status")).ToHaveTextAsync("已入库");

        await page.GotoAsync("/reserve/board");
        var column = commission.ByTestId("board-column-Planning");
        await Expect(column.GetByTestId("board-card-link").Filter(new LocatorFilterOptions { HasText = name })).ToHaveCountAsync(1);
        await commission.ScreenshotAsync("board");

        await PutInThePlanAsync(commission, name);
        var exported = await PlanExportRowsAsync(commission);
        var row = exported.Single(r => Equals(r["项目名称"], name));
        row["建设性质"].ShouldBe("新建");
        Convert.ToDecimal(row["年度计划投资(万元)"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(120.5m);
        row["计划开工时间"].ShouldBe($"{PlanYear}-05");
        commission.ShouldHaveNoScriptErrors();
    }

    private static int PlanYear => E2EApp.Today.Year;

    /// <summary>年度计划 → 加入计划: the accepted project picked from the library, 新建, 120.5 万元 this year, starting in May.</summary>
    private static async Task PutInThePlanAsync(BrowserSession commission, string name)
    {
        var page = commission.Page;
        await commission.ByTestId("menu-plan").ClickAsync();
        await Expect(commission.ByTestId("page-title")).ToHaveTextAsync("年度重点项目计划");
        await Expect(commission.ByTestId("plan-table")).ToContainTextAsync("新平大道东延段");
        await commission.ByTestId("plan-add").ClickAsync();
        await commission.ByTestId("plan-entry-mode-library").ClickAsync();
        await commission.ByTestId("plan-entry-project").ClickAsync();
        await commission.ByTestId("plan-entry-project").Locator("input").FillAsync(name);
        await page.Locator(".ant-select-item-option", new PageLocatorOptions { HasText = name }).First.ClickAsync();
        await commission.ChooseAsync(commission.ByTestId("plan-entry-type"), "新建");
        await commission.ByTestId("plan-entry-planned").Locator("input").FillAsync("120.5");
        await commission.TypeDateAsync(commission.ByTestId("plan-entry-start"), $"{PlanYear}-05");
        await commission.ByTestId("plan-entry-leader").FillAsync("王副区长");
        await commission.ScreenshotAsync("plan-entry");
        var response = await page.RunAndWaitForResponseAsync(
            () => commission.ByTestId("plan-entry-save").ClickAsync(),
            r => r.Url.EndsWith($"/api/reserve/plans/{PlanYear}/entries", StringComparison.Ordinal) && r.Request.Method == "POST");
        response.Status.ShouldBe(201, await response.TextAsync());
        await commission.ByTestId("plan-search").FillAsync(name);
        await commission.ByTestId("plan-search-submit").ClickAsync();
        await Expect(commission.ByTestId("plan-table").GetByTestId("plan-project-link")).ToHaveCountAsync(1);
        await Expect(commission.ByTestId("plan-table").GetByTestId("plan-project-link")).ToHaveTextAsync(name);
        await commission.ScreenshotAsync("plan");
    }

    private static async Task<List<IDictionary<string, object>>> PlanExportRowsAsync(BrowserSession commission)
    {
        await commission.ByTestId("plan-search").FillAsync("");
        await commission.ByTestId("plan-search-submit").ClickAsync();
        var download = await commission.Page.RunAndWaitForDownloadAsync(() => commission.ByTestId("plan-export").ClickAsync());
        download.SuggestedFilename.ShouldBe($"{PlanYear}年度重点项目计划表.xlsx");
        await using var file = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy);
        copy.Position = 0;
        return MiniExcelLibs.MiniExcel.Query(copy, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
    }

    [Fact]
    public async Task The_pre_work_funds_page_shows_this_years_budget_allocations_and_balance()
    {
        await using var browser = await app.NewSessionAsync(nameof(The_pre_work_funds_page_shows_this_years_budget_allocations_and_balance));
        await browser.SignInAsync("fgw", DemoPasswords.User);
        await browser.Page.GotoAsync("/reserve");

        await browser.ByTestId("pre-work-funds-link").ClickAsync();

        await Expect(browser.ByTestId("page-title")).ToHaveTextAsync("前期工作经费");
        await Expect(browser.ByTestId("funds-summary")).ToContainTextAsync("500.00");
        await Expect(browser.ByTestId("funds-summary")).ToContainTextAsync("300.00");
        await Expect(browser.ByTestId("funds-allocations")).ToContainTextAsync("七星台森林公园");
        await Expect(browser.ByTestId("funds-allocations")).ToContainTextAsync("原青棉总厂片区整体开发(西海度假村)");
        await browser.ScreenshotAsync("pre-work-funds");
        browser.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task The_commission_reads_the_ranking_with_its_reasons_and_the_projects_ready_for_central_budget_funds()
    {
        await using var browser = await app.NewSessionAsync(nameof(The_commission_reads_the_ranking_with_its_reasons_and_the_projects_ready_for_central_budget_funds));
        await browser.SignInAsync("fgw", DemoPasswords.User);
        await browser.Page.GotoAsync("/reserve");

        await browser.ByTestId("ranking-link").ClickAsync();
        await Expect(browser.ByTestId("ranking-rank").First).ToHaveTextAsync("1");
        await Expect(browser.ByTestId("ranking-reason").First).ToContainTextAsync("最强的是");
        await browser.ScreenshotAsync("ranking");
        await browser.Page.GotoAsync("/reserve/funding-match");
        await browser.ByTestId("funding-match-channel").GetByText("中央预算内投资").ClickAsync();
        await Expect(browser.ByTestId("funding-match-table")).ToContainTextAsync("湟水河流域祁家川支流生态修复");
        await browser.ScreenshotAsync("funding-match");
        browser.ShouldHaveNoScriptErrors();
    }

    /// <summary>The unit's draft is made through the API: the form itself is covered by the test above.</summary>
    private async Task<string> CreateDraftAsUnitAsync(string name)
    {
        using var api = await app.Host.SignInAsync("cjtz");
        var uci = await TestUsers.DepartmentIdAsync(api, "UCI");
        using var created = await api.PostAsync("/api/reserve/projects", new
        {
            name,
            regime = "Approval",
            sectorCode = "MUNICIPAL",
            responsibleDepartmentId = uci,
            projectUnit = "区城市建设投资有限公司",
            totalInvestment = 5_000_000m,
            maturity = "Planning",
        });
        var body = await created.Content.ReadAsStringAsync();
        created.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }
}
