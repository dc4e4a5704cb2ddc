namespace InvestmentPipeline.SharedKernel.Domain;

/// <summary>
/// The key two names share when they are "near-identical": only letters and digits kept, case folded, and the first
/// matching noise suffix dropped. Project names drop 项目/工程, company names their legal form.
/// </summary>
public static class NameKey
{
    private static readonly string[] LegalForms = ["股份有限公司", "有限责任公司", "有限公司", "分公司", "公司", "coltd", "ltd", "inc"];

    /// <summary>A company's key: "青海富硒源（集团）有限公司" = "青海富硒源集团有限责任公司" = "青海 富硒源集团".</summary>
    public static string OfCompany(string name) => Of(name, LegalForms);

    public static string Of(string name, IReadOnlyList<string> noiseSuffixes)
    {
        var letters = new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        foreach (var suffix in noiseSuffixes)
        {
            if (letters.Length > suffix.Length && letters.EndsWith(suffix, StringComparison.Ordinal))
            {
                return letters[..^suffix.Length];
            }
        }

        return letters;
    }
}
