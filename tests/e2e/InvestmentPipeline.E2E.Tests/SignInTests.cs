using System.Net;
using System.Text.RegularExpressions;

namespace InvestmentPipeline.E2E.Tests;

/// <summary>Signing in and out through the real login page, and what the shell shows to whom.</summary>
public sealed class SignInTests(E2EApp app) : IClassFixture<E2EApp>
{
    private static readonly string[] AdminMenu =
        ["menu-leads", "menu-signed-contracts", "menu-reserve", "menu-approvals", "menu-scheduling", "menu-admin"];

    [Fact]
    public async Task Admin_signs_in_on_the_Chinese_login_page_and_sees_the_full_shell()
    {
        await using var browser = await app.NewSessionAsync(nameof(Admin_signs_in_on_the_Chinese_login_page_and_sees_the_full_shell));
        var page = browser.Page;

        await browser.OpenLoginAsync();
        await Expect(page).ToHaveTitleAsync("投资项目全流程管理系统");
        await Expect(browser.ByTestId("page-title")).ToHaveTextAsync("投资项目全流程管理系统");
        await Expect(page.Locator("label[for=userName]")).ToHaveTextAsync("用户名");
        await Expect(page.Locator("label[for=password]")).ToHaveTextAsync("密码");
        await Expect(browser.ByTestId("login-username")).ToHaveAttributeAsync("placeholder", "用户名");
        await Expect(browser.ByTestId("login-submit")).ToHaveTextAsync(new Regex(@"^\s*登\s*录\s*$"));
        await browser.ScreenshotAsync("login");

        await browser.SignInAsync("admin", DemoPasswords.Admin);

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
        await Expect(browser.ByTestId("header-user")).ToHaveTextAsync("系统管理员");
        await Expect(browser.ByTestId("header-department")).ToHaveTextAsync("区政府");
        await Expect(browser.ByTestId("page-title")).ToHaveTextAsync("工作台");
        await Expect(browser.ByTestId("welcome-card")).ToBeVisibleAsync();
        foreach (var item in AdminMenu)
        {
            await Expect(browser.ByTestId(item)).ToBeVisibleAsync();
        }

        await Expect(browser.ByTestId("menu-admin-users")).ToBeVisibleAsync();
        await Expect(browser.ByTestId("menu-admin-audit-logs")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("shell");
        browser.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task Permissions_shape_the_menu_of_the_investment_bureau_user()
    {
        await using var browser = await app.NewSessionAsync(nameof(Permissions_shape_the_menu_of_the_investment_bureau_user));

        await browser.SignInAsync("zsj", DemoPasswords.User);

        await Expect(browser.ByTestId("header-user")).ToHaveTextAsync("招商局演示用户");
        await Expect(browser.ByTestId("header-department")).ToHaveTextAsync("区招商局");
        await Expect(browser.ByTestId("menu-leads")).ToBeVisibleAsync();
        await Expect(browser.ByTestId("menu-signed-contracts")).ToBeVisibleAsync();
        await Expect(browser.ByTestId("menu-admin")).ToHaveCountAsync(0);
        await Expect(browser.ByTestId("menu-admin-users")).ToHaveCountAsync(0);
        await Expect(browser.ByTestId("menu-approvals")).ToHaveCountAsync(0);
        await Expect(browser.ByTestId("menu-scheduling")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("shell");

        // The route guard agrees with the menu: an admin page typed into the address bar is not shown.
        await browser.Page.GotoAsync("/admin/users");
        await Expect(browser.ByTestId("header-user")).ToBeVisibleAsync();
        await Expect(browser.ByTestId("users-table")).ToHaveCountAsync(0);
        browser.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_Chinese_message()
    {
        await using var browser = await app.NewSessionAsync(nameof(A_wrong_password_is_refused_with_a_Chinese_message));

        await browser.OpenLoginAsync();
        await browser.ByTestId("login-username").FillAsync("qld");
        await browser.ByTestId("login-password").FillAsync("Wrong@123456");
        await browser.ByTestId("login-submit").ClickAsync();

        await Expect(browser.ByTestId("login-error")).ToContainTextAsync("用户名或密码错误");
        await Expect(browser.Page).ToHaveURLAsync(BrowserSession.EndsWith("/login"));
        await Expect(browser.ByTestId("header-user")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("login-error");
        browser.ShouldHaveNoScriptErrors();
    }

    [Fact]
    public async Task Logout_returns_to_the_login_page_and_ends_the_session()
    {
        await using var browser = await app.NewSessionAsync(nameof(Logout_returns_to_the_login_page_and_ends_the_session));
        var page = browser.Page;
        await browser.SignInAsync("fgw", DemoPasswords.User);
        (await page.APIRequest.GetAsync("/api/account/me")).Status.ShouldBe((int)HttpStatusCode.OK);

        await browser.ByTestId("logout").ClickAsync();

        await Expect(page).ToHaveURLAsync(BrowserSession.EndsWith("/login"));
        await Expect(browser.ByTestId("login-submit")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("after-logout");
        (await page.APIRequest.GetAsync("/api/account/me")).Status.ShouldBe((int)HttpStatusCode.Unauthorized);

        // Navigating into the app again is sent back to the login page.
        await page.GotoAsync("/admin/users");
        await Expect(page).ToHaveURLAsync(new Regex("/login(\\?.*)?$"));
        browser.ShouldHaveNoScriptErrors();
    }
}
