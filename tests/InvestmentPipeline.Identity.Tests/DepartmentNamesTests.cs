using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Identity.Seeding;

namespace InvestmentPipeline.Identity.Tests;

/// <summary>
/// The one resolver every import uses for written unit and town names, on the seeded district (with its seeded 简称) plus
/// two towns that share a core (城关镇, 城关街道).
/// </summary>
public sealed class DepartmentNamesTests
{
    private static readonly IReadOnlyList<DepartmentInfo> District = SeededDistrict();

    private static DepartmentInfo Named(string name) => District.Single(d => d.Name == name);

    private static NameResolution Resolve(string written, NameScope scope = NameScope.Any, IReadOnlyDictionary<string, Guid>? mappings = null) =>
        new DepartmentNames(District, mappings).Resolve(written, scope);

    [Theory]
    [InlineData("区财政局", "区财政局")]
    [InlineData(" 区 财政局\t", "区财政局")]
    [InlineData("区　财政　局", "区财政局")] // ideographic spaces
    [InlineData("乡镇／街道", "乡镇/街道")] // full-width slash
    public void A_department_is_found_by_its_name_after_normalising(string written, string expected)
    {
        var resolution = Resolve(written);

        resolution.Department.ShouldBe(Named(expected));
        resolution.Kind.ShouldBe(NameMatchKind.Exact);
        resolution.IsResolved.ShouldBeTrue();
        resolution.Warning.ShouldBeNull();
        resolution.Error.ShouldBeNull();
    }

    [Fact]
    public void Ascii_letters_and_full_width_forms_compare_equal()
    {
        var lab = Department("区ABC检测中心", aliases: ["ABC中心"]);
        var names = new DepartmentNames([.. District, lab]);

        names.Resolve("区ａｂｃ 检测中心", NameScope.Departments).ShouldSatisfyAllConditions(
            r => r.Department.ShouldBe(lab), r => r.Kind.ShouldBe(NameMatchKind.Exact));
        names.Resolve("Ａbc中心", NameScope.Departments).ShouldSatisfyAllConditions(
            r => r.Department.ShouldBe(lab), r => r.Kind.ShouldBe(NameMatchKind.Alias));
    }

    [Theory]
    [InlineData("区发改委", "区发展和改革委员会")]
    [InlineData("发改局", "区发展和改革委员会")]
    [InlineData("区住建局", "区住房和城乡建设局")]
    [InlineData("区卫健局", "区卫生健康局")]
    [InlineData("卫健委", "区卫生健康局")]
    [InlineData("区人民政府", "区政府")]
    [InlineData("区 投促局", "区招商局")]
    [InlineData("城投", "区城市建设投资有限公司")]
    public void A_department_is_found_by_a_short_form_without_a_warning(string written, string expected)
    {
        var resolution = Resolve(written, NameScope.Departments);

        resolution.Department.ShouldBe(Named(expected));
        resolution.Kind.ShouldBe(NameMatchKind.Alias);
        resolution.Warning.ShouldBeNull();
    }

    [Theory]
    [InlineData("石灰窑乡", "石灰窑回族乡")]
    [InlineData("古城乡", "古城回族乡")]
    [InlineData("小峡街道", "小峡镇")]
    [InlineData("三合镇人民政府", "三合镇")]
    [InlineData("三合政府", "三合镇")]
    [InlineData("平安街道办事处", "平安镇")]
    [InlineData("巴藏沟民族乡", "巴藏沟回族乡")]
    public void A_town_is_found_by_its_core_with_a_warning_naming_the_mapping(string written, string expected)
    {
        var resolution = Resolve(written, NameScope.Towns);

        resolution.Department.ShouldBe(Named(expected));
        resolution.Kind.ShouldBe(NameMatchKind.Core);
        resolution.Warning.ShouldBe($"「{written}」按「{expected}」导入");
        resolution.Error.ShouldBeNull();
    }

    [Fact]
    public void The_warning_reads_as_the_user_wrote_it() =>
        Resolve("小峡街道", NameScope.Towns).Warning.ShouldBe("「小峡街道」按「小峡镇」导入");

    [Fact]
    public void The_cores_of_aliases_take_part()
    {
        var environment = Department("区生态环境局", aliases: ["环保局"]);

        var resolution = new DepartmentNames([environment, Department("区财政局")]).Resolve("区环保局", NameScope.Departments);

        resolution.Department.ShouldBe(environment);
        resolution.Kind.ShouldBe(NameMatchKind.Core);
        resolution.Warning.ShouldBe("「区环保局」按「区生态环境局」导入");
    }

    [Fact]
    public void A_core_shared_by_two_places_is_ambiguous_and_names_them()
    {
        var resolution = Resolve("城关", NameScope.Towns);

        resolution.IsAmbiguous.ShouldBeTrue();
        resolution.IsResolved.ShouldBeFalse();
        resolution.IsUnknown.ShouldBeFalse();
        resolution.Department.ShouldBeNull();
        resolution.Kind.ShouldBeNull();
        resolution.Candidates.ShouldBe([Named("城关镇"), Named("城关街道")]);
        resolution.Error.ShouldBe("「城关」可能指以下多个：城关镇、城关街道，请填写全称");
    }

    [Fact]
    public void Two_departments_with_the_same_name_are_ambiguous_too()
    {
        var one = Department("办公室");
        var other = Department("办公室");

        var resolution = new DepartmentNames([one, other]).Resolve("办公室", NameScope.Any);

        resolution.IsAmbiguous.ShouldBeTrue();
        resolution.Candidates.ShouldBe([one, other]);
    }

    [Fact]
    public void An_unknown_department_is_refused_with_the_closest_name_suggested()
    {
        var resolution = Resolve("区住建委", NameScope.Departments);

        resolution.IsUnknown.ShouldBeTrue();
        resolution.Department.ShouldBeNull();
        resolution.Candidates.ShouldBeEmpty();
        resolution.Suggestions.ShouldBe([Named("区住房和城乡建设局")]);
        resolution.Error.ShouldBe("「区住建委」不在部门列表中，您是否指「区住房和城乡建设局」？");
    }

    [Fact]
    public void An_unknown_town_without_a_close_name_is_refused_plainly()
    {
        var resolution = Resolve("大通镇", NameScope.Towns);

        resolution.IsUnknown.ShouldBeTrue();
        resolution.Suggestions.ShouldBeEmpty();
        resolution.Error.ShouldBe("「大通镇」不是本区的乡镇/街道，请填写全称，或在「部门管理」中为其添加简称");
    }

    [Fact]
    public void An_unknown_name_in_any_scope_says_so()
    {
        Resolve("马场垣乡").Error.ShouldBe("「马场垣乡」不是已知的部门或乡镇/街道，请填写全称，或在「部门管理」中为其添加简称");
        Resolve("小峡乡镇").Error.ShouldBe("「小峡乡镇」不是已知的部门或乡镇/街道，您是否指「小峡镇」？");
    }

    [Fact]
    public void At_most_three_suggestions_ranked_by_common_subsequence_then_edit_distance()
    {
        string[] names = ["甲乙己庚", "甲乙丙戊", "甲乙丙", "甲乙丙丁戊己", "甲乙丙丁", "甲辛壬癸"];
        var departments = names.Select(n => Department(n)).ToList();

        var resolution = new DepartmentNames(departments).Resolve("甲乙丙丁子", NameScope.Departments);

        // 甲乙丙丁 shares 4 (1 edit), 甲乙丙丁戊己 4 (2 edits), then 甲乙丙戊 and 甲乙丙 share 3 with 2 edits: the first listed wins.
        resolution.Suggestions.Select(d => d.Name).ShouldBe(["甲乙丙丁", "甲乙丙丁戊己", "甲乙丙戊"]);
        resolution.Error.ShouldBe("「甲乙丙丁子」不在部门列表中，您是否指「甲乙丙丁」、「甲乙丙丁戊己」、「甲乙丙戊」？");
    }

    [Fact]
    public void A_suggestion_shares_at_least_half_of_the_written_core()
    {
        var departments = new[] { Department("甲乙丙"), Department("丁戊庚") };

        // 甲乙丁戊 (4 characters) shares 2 with each = half → both suggested; 甲乙丁戊己 (5) needs 3 (half, rounded up) → none.
        new DepartmentNames(departments).Resolve("甲乙丁戊", NameScope.Any).Suggestions.Count.ShouldBe(2);
        new DepartmentNames(departments).Resolve("甲乙丁戊己", NameScope.Any).Suggestions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("小峡街道", NameScope.Departments)]
    [InlineData("区发改委", NameScope.Towns)]
    [InlineData("区财政局", NameScope.Towns)]
    public void A_name_outside_the_scope_is_unknown(string written, NameScope scope)
    {
        Resolve(written, scope).IsUnknown.ShouldBeTrue();
        Resolve(written, NameScope.Any).IsResolved.ShouldBeTrue();
    }

    [Fact]
    public void A_mapping_for_this_import_comes_first_compared_trimmed()
    {
        var audit = Named("区审计局");
        var mappings = new Dictionary<string, Guid> { [" 审计部门 "] = audit.Id, ["区财政局"] = audit.Id };

        var mapped = Resolve("审计部门  ", NameScope.Departments, mappings);
        var overExact = Resolve("区财政局", NameScope.Departments, mappings);

        mapped.Department.ShouldBe(audit);
        mapped.Kind.ShouldBe(NameMatchKind.Mapped);
        mapped.Warning.ShouldBeNull();
        overExact.Department.ShouldBe(audit);
        overExact.Kind.ShouldBe(NameMatchKind.Mapped);
        Resolve("审计部门", NameScope.Departments).IsUnknown.ShouldBeTrue();
    }

    [Fact]
    public void A_mapping_to_a_place_outside_the_scope_is_not_used()
    {
        var mappings = new Dictionary<string, Guid> { ["小峡街道"] = Named("区财政局").Id };

        var resolution = Resolve("小峡街道", NameScope.Towns, mappings);

        resolution.Department.ShouldBe(Named("小峡镇"));
        resolution.Kind.ShouldBe(NameMatchKind.Core);
    }

    [Fact]
    public void The_exact_name_wins_over_an_alias_and_an_alias_over_a_core()
    {
        var exact = Department("区环保局");
        var byAlias = Department("区生态环境局", aliases: ["环保局"]);
        var names = new DepartmentNames([byAlias, exact]);

        names.Resolve("区环保局", NameScope.Any).Department.ShouldBe(exact);
        names.Resolve("环保局", NameScope.Any).ShouldSatisfyAllConditions(r => r.Department.ShouldBe(byAlias), r => r.Kind.ShouldBe(NameMatchKind.Alias));
    }

    [Theory]
    [InlineData("", "未填写部门")]
    [InlineData("   ", "未填写部门")]
    public void An_empty_name_is_refused(string written, string error)
    {
        var resolution = Resolve(written, NameScope.Departments);

        resolution.IsUnknown.ShouldBeTrue();
        resolution.Error.ShouldBe(error);
    }

    private static DepartmentInfo Department(string name, bool isTown = false, string[]? aliases = null) =>
        new(Guid.NewGuid(), null, name, "C" + Guid.NewGuid().ToString("N")[..6], isTown, aliases ?? []);

    private static List<DepartmentInfo> SeededDistrict()
    {
        var ids = DepartmentCatalog.All.ToDictionary(s => s.Code, _ => Guid.NewGuid());
        var seeded = DepartmentCatalog.All.Select(s => new DepartmentInfo(
            ids[s.Code], s.ParentCode is null ? null : ids[s.ParentCode], s.Name, s.Code, s.ParentCode == DepartmentCatalog.TownsCode,
            DepartmentCatalog.ShortForms.GetValueOrDefault(s.Code) ?? []));
        var towns = ids[DepartmentCatalog.TownsCode];
        return [.. seeded, new(Guid.NewGuid(), towns, "城关镇", "TOWN90", true, []), new(Guid.NewGuid(), towns, "城关街道", "TOWN91", true, [])];
    }
}
