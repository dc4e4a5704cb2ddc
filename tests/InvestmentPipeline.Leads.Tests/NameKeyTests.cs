using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Leads.Tests;

/// <summary>Near-identical company names share one key (lead duplicates, contract rows of sheet 3); different companies do not.</summary>
public sealed class NameKeyTests
{
    [Theory]
    [InlineData("青海富硒源（集团）有限公司", "青海富硒源集团有限责任公司")]
    [InlineData("青海富硒源集团有限公司", "青海 富硒源集团")]
    [InlineData("Kunlun Water Co., Ltd", "kunlun water")]
    [InlineData("高原雪泉饮品股份有限公司", "高原雪泉饮品有限公司")]
    public void Near_identical_company_names_share_a_key(string one, string other) =>
        NameKey.OfCompany(one).ShouldBe(NameKey.OfCompany(other));

    [Theory]
    [InlineData("青海富硒源有限公司", "青海富硒园有限公司")]
    [InlineData("海东物流有限公司", "海东物流园有限公司")]
    public void Different_companies_keep_different_keys(string one, string other) =>
        NameKey.OfCompany(one).ShouldNotBe(NameKey.OfCompany(other));

    [Fact]
    public void A_name_that_is_only_a_legal_form_is_kept() => NameKey.OfCompany("公司").ShouldBe("公司");
}
