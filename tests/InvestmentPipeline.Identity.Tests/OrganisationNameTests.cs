using InvestmentPipeline.SharedKernel.Text;

namespace InvestmentPipeline.Identity.Tests;

/// <summary>The normalisation and the core the department-name resolver compares.</summary>
public sealed class OrganisationNameTests
{
    [Theory]
    [InlineData("区 发改委", "区发改委")]
    [InlineData("ＡＢＣ　中心\n", "abc中心")]
    [InlineData("区（开发区）管委会", "区(开发区)管委会")]
    public void Normalising_folds_width_removes_spaces_and_lower_cases_ascii(string text, string expected) =>
        OrganisationName.Normalize(text).ShouldBe(expected);

    [Theory]
    [InlineData("石灰窑回族乡", "石灰窑")]
    [InlineData("石灰窑乡", "石灰窑")]
    [InlineData("三合镇人民政府", "三合")]
    [InlineData("小峡街道", "小峡")]
    [InlineData("小峡街道办事处", "小峡")]
    [InlineData("县发改委", "发改委")]
    [InlineData("区环保局", "环保局")]
    [InlineData("青林民族乡", "青林")]
    [InlineData("唐尔垣东乡族乡", "唐尔垣")]
    [InlineData("达拉土族藏族乡", "达拉")]
    [InlineData("区市场监督管理局", "场监督管理局")]
    [InlineData("市场监督管理局", "场监督管理局")]
    public void The_core_drops_what_people_add_or_leave_out(string text, string expected) =>
        OrganisationName.Core(text).ShouldBe(expected);

    [Theory]
    [InlineData("区政府", "政府")]
    [InlineData("区", "区")]
    [InlineData("回族乡", "乡")]
    [InlineData("镇", "镇")]
    public void A_core_is_never_empty(string text, string expected) => OrganisationName.Core(text).ShouldBe(expected);

    [Theory]
    [InlineData("住建委", "住房和城乡建设局", 2, 6)]
    [InlineData("kitten", "sitting", 4, 3)]
    [InlineData("", "abc", 0, 3)]
    [InlineData("甲乙丙", "甲乙丙", 3, 0)]
    public void Similarity_measures_common_subsequence_and_edit_distance(string a, string b, int common, int distance)
    {
        TextSimilarity.LongestCommonSubsequence(a, b).ShouldBe(common);
        TextSimilarity.LongestCommonSubsequence(b, a).ShouldBe(common);
        TextSimilarity.Levenshtein(a, b).ShouldBe(distance);
        TextSimilarity.Levenshtein(b, a).ShouldBe(distance);
    }
}
