namespace InvestmentPipeline.SharedKernel.Text;

/// <summary>A place a written name may stand for: its id and its full name.</summary>
public sealed record NamedPlace(Guid Id, string Name);

/// <summary>
/// What a name written in a workbook or a form turned out to mean, as imports need it: the place (with a warning when it
/// was found by interpretation), or why not (ambiguous, unknown) with the closest places to offer the user.
/// </summary>
public interface IWrittenName
{
    NamedPlace? Place { get; }

    string? Warning { get; }

    string? Error { get; }

    /// <summary>No place has this name: the user may map it to one (unlike an ambiguous name, which must be written out).</summary>
    bool IsUnknown { get; }

    IReadOnlyList<NamedPlace> Suggestions { get; }
}
