namespace InvestmentPipeline.SharedKernel.Domain;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from 0–9 and 21 capital letters (no I, O, Z, S, V). Characters 9–17
/// are the organisation code, whose last character is its GB 11714 check; the 18th is the check of the first 17 (mod 31).
/// </summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Upper-cased and trimmed, as it is stored and compared.</summary>
    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    public static bool IsValid(string? code)
    {
        if (code is null)
        {
            return false;
        }

        code = Normalize(code);
        return code.Length == 18 && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal))
            && code[17] == CheckCharacter(code) && OrganisationCheckHolds(code[8..17]);
    }

    private static char CheckCharacter(string code)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(code[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>GB 11714: digits count as themselves, letters as 10 (A) onwards; the check is 11 − sum mod 11 (10 → X, 11 → 0).</summary>
    private static bool OrganisationCheckHolds(string organisation)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = organisation[i];
            sum += (char.IsDigit(c) ? c - '0' : c - 'A' + 10) * OrganisationWeights[i];
        }

        var check = 11 - (sum % 11);
        return organisation[8] == check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }
}
