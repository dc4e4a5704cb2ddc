namespace InvestmentPipeline.E2E.Tests;

/// <summary>Administration pages driven through the real browser: the audit log and its export, creating a user.</summary>
public sealed class AdministrationTests(E2EApp app) : IClassFixture<E2EApp>
{
    [Fact]
    public async Task The_audit_log_lists_the_admin_login_and_exports_an_xlsx()
    {
        await using var browser = await app.NewSessionAsync(nameof(The_audit_log_lists_the_admin_login_and_exports_an_xlsx));
        var page = browser.Page;
        await browser.SignInAsync("admin", DemoPasswords.Admin);

        await browser.ByTestId("menu-admin-audit-logs").ClickAsync();

        await Expect(page).ToHaveURLAsync(BrowserSession.EndsWith("/admin/audit-logs"));
        await Expect(browser.ByTestId("page-title")).ToHaveTextAsync("审计日志");
        var adminLogin = browser.ByTestId("audit-table").Locator("tbody tr")
            .Filter(new LocatorFilterOptions { Has = page.Locator("td", new PageLocatorOptions { HasTextRegex = new("^\\s*admin\\s*$") }) })
            .Filter(new LocatorFilterOptions { Has = page.Locator("td", new PageLocatorOptions { HasTextRegex = new("^\\s*登录\\s*$") }) });
        await Expect(adminLogin.First).ToBeVisibleAsync();
        await Expect(adminLogin.First).ToContainTextAsync("成功");
        await browser.ScreenshotAsync("audit-log");

        var download = await page.RunAndWaitForDownloadAsync(() => browser.ByTestId("audit-export").ClickAsync());

        download.SuggestedFilename.ShouldBe("审计日志.xlsx");
        var saved = Path.Combine(Path.GetTempPath(), "ip-e2e-" + Guid.NewGuid().ToString("N") + ".xlsx");
        await download.SaveAsAsync(saved);
        var bytes = await File.ReadAllBytesAsync(saved);
        bytes.Length.ShouldBeGreaterThan(100);
        bytes[..2].ShouldBe("PK"u8.ToArray(), "an xlsx file is a zip archive");
        File.Delete(saved);
        browser.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task Creating_a_user_in_the_modal_sends_the_antiforgery_token_and_lists_the_user()
    {
        await using var browser = await app.NewSessionAsync(nameof(Creating_a_user_in_the_modal_sends_the_antiforgery_token_and_lists_the_user));
        var page = browser.Page;
        var userName = "e2e_" + Guid.NewGuid().ToString("N")[..10];
        var displayName = "端到端用户" + userName[^4..];
        await browser.SignInAsync("admin", DemoPasswords.Admin);

        await page.GotoAsync("/admin/users");
        await Expect(browser.ByTestId("page-title")).ToHaveTextAsync("用户管理");
        await Expect(browser.ByTestId("users-table")).ToContainTextAsync("admin");
        await browser.ByTestId("user-create").ClickAsync();

        var form = browser.ByTestId("user-form");
        await Expect(form).ToBeVisibleAsync();
        await Expect(page.Locator(".ant-modal-title")).ToHaveTextAsync("新建用户");
        await browser.ByTestId("user-form-username").FillAsync(userName);
        await browser.ByTestId("user-form-displayname").FillAsync(displayName);
        await browser.ByTestId("user-form-password").FillAsync("E2e@Passw0rd");
        await browser.ByTestId("user-form-department").ClickAsync();
        await page.Locator(".ant-select-tree-node-content-wrapper", new PageLocatorOptions { HasText = "区招商局" }).ClickAsync();
        await Expect(browser.ByTestId("user-form-department")).ToContainTextAsync("区招商局");
        await browser.ScreenshotAsync("user-form");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.Locator(".ant-modal-footer button.ant-btn-primary").ClickAsync(),
            r => r.Url.EndsWith("/api/identity/users", StringComparison.Ordinal) && r.Request.Method == "POST");

        var headers = await response.Request.AllHeadersAsync();
        headers.ShouldContainKey("x-xsrf-token");
        headers["x-xsrf-token"].ShouldNotBeNullOrWhiteSpace();
        response.Status.ShouldBeInRange(200, 201, await response.TextAsync());

        await Expect(form).ToHaveCountAsync(0);
        var row = browser.ByTestId("users-table").Locator("tbody tr", new LocatorLocatorOptions { HasText = userName });
        await Expect(row).ToContainTextAsync(displayName);
        await Expect(row).ToContainTextAsync("区招商局");
        await browser.ScreenshotAsync("users");
        browser.ShouldHaveNoScriptErrors();
    }
}
