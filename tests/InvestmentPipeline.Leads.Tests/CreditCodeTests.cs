using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Leads.Tests;

/// <summary>统一社会信用代码 on real companies' published codes, and on each way a code can be wrong.</summary>
public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("914403001922038216")] // 华为技术有限公司
    [InlineData("9144030071526726XG")] // 深圳市腾讯计算机系统有限公司
    [InlineData("91330100799655058B")] // 阿里巴巴（中国）有限公司
    [InlineData("91110108551385082Q")] // 小米科技有限责任公司
    [InlineData(" 9144030071526726xg ")] // typed in lower case with spaces
    public void Published_codes_are_valid(string code) => CreditCode.IsValid(code).ShouldBeTrue();

    [Theory]
    [InlineData("914403001922038217")] // last character changed: the mod-31 check fails
    [InlineData("914403001922038226")] // an organisation-code digit changed: both checks fail
    [InlineData("91440300192203821")] // 17 characters
    [InlineData("9144030019220382I6")] // I is not in the alphabet
    [InlineData("")]
    [InlineData(null)]
    public void Wrong_codes_are_refused(string? code) => CreditCode.IsValid(code).ShouldBeFalse();

    [Fact]
    public void A_code_whose_own_check_holds_but_whose_organisation_code_does_not_is_refused()
    {
        // 91440300 192203822 + its mod-31 check: the organisation code's check digit (2 instead of 1) is wrong.
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        const string body = "91440300192203822";
        var sum = body.Select((c, i) => alphabet.IndexOf(c, StringComparison.Ordinal) * weights[i]).Sum();

        CreditCode.IsValid(body + alphabet[(31 - (sum % 31)) % 31]).ShouldBeFalse();
    }
}
