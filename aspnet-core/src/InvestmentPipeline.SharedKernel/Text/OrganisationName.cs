using System.Text;

namespace InvestmentPipeline.SharedKernel.Text;

/// <summary>
/// How the names of units and towns compare when people write them by hand: <see cref="Normalize"/> for "the same text"
/// (区发改委 = 区 发改委 = 区发改委 in full-width), <see cref="Core"/> for "the same unit written differently"
/// (小峡镇 = 小峡街道, 石灰窑回族乡 = 石灰窑乡, 三合镇人民政府 = 三合镇).
/// </summary>
public static class OrganisationName
{
    private static readonly string[] EthnicMarkers = ["哈萨克族", "蒙古族", "撒拉族", "东乡族", "保安族", "裕固族", "回族", "土族", "藏族", "满族"];
    private static readonly string[] GovernmentSuffixes = ["人民政府", "政府"];
    private static readonly string[] KindSuffixes = ["街道办事处", "办事处", "街道", "乡", "镇"];

    /// <summary>Unicode NFKC (full-width = half-width), every white space removed, ASCII letters lower-cased.</summary>
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The normalised text without what people add or leave out: leading 区/县/市, ethnic markers (回族, 民族 of 民族乡 …),
    /// a trailing 人民政府/政府, then a trailing 街道办事处/办事处/街道/乡/镇. A step that would leave nothing is skipped
    /// (区政府 keeps 政府), so that a core is never empty for a non-empty name.
    /// </summary>
    public static string Core(string text)
    {
        var core = Normalize(text);

        // every leading 区/县/市, not just one: 市场监管局 and 区市场监管局 must share a core.
        var start = 0;
        while (start < core.Length - 1 && core[start] is '区' or '县' or '市')
        {
            start++;
        }

        core = core[start..];
        foreach (var marker in EthnicMarkers)
        {
            core = Unless(core, core.Replace(marker, string.Empty, StringComparison.Ordinal));
        }

        core = Unless(core, core.Replace("民族乡", "乡", StringComparison.Ordinal).Replace("民族镇", "镇", StringComparison.Ordinal));
        core = WithoutSuffix(core, GovernmentSuffixes);
        return WithoutSuffix(core, KindSuffixes);
    }

    private static string WithoutSuffix(string text, IEnumerable<string> suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (text.Length > suffix.Length && text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return text[..^suffix.Length];
            }
        }

        return text;
    }

    private static string Unless(string before, string after) => after.Length == 0 ? before : after;
}
