namespace InvestmentPipeline.E2E.Tests;

/// <summary>
/// The investment promotion bureau's loop through the real browser: a team member enters a lead, records a visit, works
/// it to 洽谈 and signs it; the contract arrives through the outbox and shows on the lead; the bureau moves the contract
/// into 前期推进 and records funds arrived with a bank voucher, and the cohort's 履约率 and 资金到位率 change on the
/// figures page. The signing event is unique to the test, so the cohort is this contract alone.
/// </summary>
public sealed class LeadToContractTests(E2EApp app) : IClassFixture<E2EApp>
{
    [Fact]
    public async Task A_lead_is_visited_and_signed_and_funds_arrived_move_the_rates()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var company = $"端到端矿泉水{suffix}有限公司";
        var signingEvent = $"端到端签约会{suffix}";
        var year = E2EApp.Today.Year;
        string contractLink;

        await using (var owner = await app.NewSessionAsync(nameof(A_lead_is_visited_and_signed_and_funds_arrived_move_the_rates) + "-owner"))
        {
            await owner.SignInAsync("zszb", DemoPasswords.User);
            await owner.Page.GotoAsync("/leads/list");
            await owner.ByTestId("lead-create").ClickAsync();
            await owner.ByTestId("lead-company").FillAsync(company);
            await owner.ByTestId("lead-intent").FillAsync("富硒矿泉水灌装生产线");
            await owner.ChooseAsync(owner.ByTestId("lead-industry"), "富硒矿泉水");
            await owner.ByTestId("lead-investment").Locator("input").FillAsync("20000");
            await owner.ChooseAsync(owner.ByTestId("lead-source"), "展会招商");
            await owner.ByTestId("lead-source-detail").FillAsync(signingEvent);
            await owner.ByTestId("lead-save").ClickAsync();

            // Saving a new lead opens it.
            await Expect(owner.ByTestId("lead-title")).ToContainTextAsync(company);

            await owner.ByTestId("followup-add").ClickAsync();
            await owner.ChooseAsync(owner.ByTestId("followup-kind"), "拜访");
            await owner.ByTestId("followup-people").FillAsync("招商专班；企业王经理");
            await owner.ByTestId("followup-notes").FillAsync("实地察看水源地，企业关注取水许可");
            await owner.ByTestId("followup-save").ClickAsync();
            await Expect(owner.ByTestId("followup-item")).ToContainTextAsync("取水许可");

            // Each move waits for the page to show it: the next click carries the lead's new concurrency stamp.
            foreach (var (stage, name) in new[] { ("Contact", "接洽"), ("Visit", "考察"), ("Negotiation", "洽谈") })
            {
                await owner.ByTestId($"lead-move-{stage}").ClickAsync();
                await Expect(owner.ByTestId("lead-stage-tag")).ToContainTextAsync(name);
            }

            await owner.ByTestId("lead-sign").ClickAsync();
            await owner.ByTestId("sign-number").FillAsync($"QY-E2E-{suffix}");
            await owner.ByTestId("sign-event").FillAsync(signingEvent);
            await owner.ByTestId("sign-amount").Locator("input").FillAsync("10000");
            await owner.ByTestId("sign-project").FillAsync($"端到端富硒矿泉水项目{suffix}");
            await owner.ChooseAsync(owner.ByTestId("sign-department"), "区招商局");
            await owner.ByTestId("sign-save").ClickAsync();
            await Expect(owner.ByTestId("lead-stage-tag")).ToContainTextAsync("签约");

            // The contract is created by SignedContracts when the outbox delivers the signing (a Hangfire job, moments later).
            var link = owner.ByTestId("lead-contract-link");
            for (var attempt = 0; attempt < 20 && !await link.IsVisibleAsync(); attempt++)
            {
                await Task.Delay(500);
                await owner.Page.ReloadAsync();
            }

            await Expect(link).ToBeVisibleAsync();
            contractLink = (await link.GetAttributeAsync("href"))!;
            await owner.ScreenshotAsync("signed-lead");
            owner.ShouldHaveNoScriptErrors();
        }

        await using var bureau = await app.NewSessionAsync(nameof(A_lead_is_visited_and_signed_and_funds_arrived_move_the_rates));
        await bureau.SignInAsync("zsj", DemoPasswords.User);
        async Task ExpectRatesAsync(string fulfilment, string funds)
        {
            await bureau.Page.GotoAsync("/signed-contracts/statistics");
            await bureau.ChooseAsync(bureau.ByTestId("stat-year"), $"{year}");
            await bureau.ChooseAsync(bureau.ByTestId("stat-event"), signingEvent);
            await Expect(bureau.ByTestId("stat-signed-count")).ToContainTextAsync("1");
            await Expect(bureau.ByTestId("stat-fulfilment-rate")).ToContainTextAsync(fulfilment);
            await Expect(bureau.ByTestId("stat-funds-rate")).ToContainTextAsync(funds);
        }

        await ExpectRatesAsync("0.00%", "0.00%");

        await bureau.Page.GotoAsync(contractLink);
        await Expect(bureau.ByTestId("contract-title")).ToContainTextAsync($"端到端富硒矿泉水项目{suffix}");
        await bureau.ByTestId("state-change").ClickAsync();
        await bureau.ChooseAsync(bureau.ByTestId("state-select"), "前期推进");
        await bureau.ByTestId("state-save").ClickAsync();
        await Expect(bureau.ByTestId("contract-state-tag")).ToContainTextAsync("前期推进");

        var voucher = Path.Combine(Path.GetTempPath(), $"voucher-{suffix}.pdf");
        await File.WriteAllTextAsync(voucher, "%PDF-1.4\n% bank voucher\n%%EOF\n");
        await bureau.ByTestId("funds-add").ClickAsync();
        await bureau.TypeDateAsync(bureau.ByTestId("funds-date"), E2EApp.Today.ToString("yyyy-MM-dd"));
        await bureau.ByTestId("funds-amount").Locator("input").FillAsync("5000");
        await bureau.ChooseAsync(bureau.ByTestId("funds-kind"), "银行凭证");
        await bureau.ByTestId("funds-file").SetInputFilesAsync(voucher);
        // The host's answer is checked first, so that a refusal names itself instead of a missing row.
        var saved = await bureau.Page.RunAndWaitForResponseAsync(
            () => bureau.ByTestId("funds-save").ClickAsync(),
            r => r.Url.EndsWith("/funds", StringComparison.Ordinal) && r.Request.Method == "POST");
        saved.Status.ShouldBe(201, await saved.TextAsync());
        await Expect(bureau.ByTestId("funds-row")).ToHaveCountAsync(1);
        await Expect(bureau.ByTestId("contract-funds-rate")).ToContainTextAsync("50.00%");
        await bureau.ScreenshotAsync("contract-funds");

        // 履约率 1 ÷ 1 signed in the cohort; 资金到位率 5,000 ÷ 10,000 万元.
        await ExpectRatesAsync("100.00%", "50.00%");
        await bureau.ScreenshotAsync("contract-rates");
        bureau.ShouldHaveNoScriptErrors();
    }
}
