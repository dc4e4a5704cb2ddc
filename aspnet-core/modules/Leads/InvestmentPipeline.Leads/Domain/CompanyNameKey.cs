namespace InvestmentPipeline.Leads.Domain;

/// <summary>
/// The key two company names share when they are "near-identical": punctuation, brackets and spaces removed, case
/// folded, and the legal form dropped ("青海富硒源（集团）有限公司" = "青海富硒源集团有限责任公司" = "青海 富硒源集团").
/// </summary>
internal static class CompanyNameKey
{
    private static readonly string[] LegalForms = ["股份有限公司", "有限责任公司", "有限公司", "分公司", "公司", "co.,ltd", "coltd", "ltd", "inc"];

    public static string Of(string name)
    {
        var letters = new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        foreach (var form in LegalForms)
        {
            if (letters.Length > form.Length && letters.EndsWith(form, StringComparison.Ordinal))
            {
                return letters[..^form.Length];
            }
        }

        return letters;
    }
}
