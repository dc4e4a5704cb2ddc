using InvestmentPipeline.SharedKernel.Text;

namespace InvestmentPipeline.Identity.Contracts;

/// <summary>
/// Resolves the department and town names people write in workbooks (区发改委, 小峡街道, 三合镇人民政府) to departments,
/// the same way for every import. In order, within the scope: the user's mapping for this import, the exact name, a 简称,
/// then a unique match on the core (<see cref="OrganisationName.Core"/>) with a warning. Several matches are ambiguous and
/// nothing is ever guessed: the caller gets an error naming the candidates, or the closest names as suggestions.
/// </summary>
public sealed class DepartmentNames
{
    private const int MaxSuggestions = 3;

    private readonly List<Entry> entries;
    private readonly Dictionary<string, Guid> mappings = new(StringComparer.Ordinal);
    private readonly Index?[] indexes = new Index?[Enum.GetValues<NameScope>().Length];

    /// <param name="all">Every department, e.g. <see cref="IDepartmentDirectory.GetAllAsync"/>.</param>
    /// <param name="mappings">
    /// Written text (compared trimmed) → the department the user chose for it in this import; a mapping to a department
    /// outside the scope asked for is not used.
    /// </param>
    public DepartmentNames(IEnumerable<DepartmentInfo> all, IReadOnlyDictionary<string, Guid>? mappings = null)
    {
        entries = all.DistinctBy(d => d.Id).Select(d => new Entry(d)).ToList();
        foreach (var (written, id) in mappings ?? new Dictionary<string, Guid>())
        {
            this.mappings.TryAdd(written.Trim(), id);
        }
    }

    public NameResolution Resolve(string written, NameScope scope)
    {
        var text = written.Trim();
        if (text.Length == 0)
        {
            return new(text, null, null, [], []) { Error = $"未填写{Noun(scope)}" };
        }

        var index = IndexFor(scope);
        if (mappings.TryGetValue(text, out var id) && index.ById.TryGetValue(id, out var mapped))
        {
            return Resolved(text, mapped, NameMatchKind.Mapped);
        }

        var normalized = OrganisationName.Normalize(text);
        var core = OrganisationName.Core(text);
        if (Find(index, normalized, core) is not { } match)
        {
            return Unknown(text, core, index, scope);
        }

        var (kind, found) = match;
        if (found.Count > 1)
        {
            return new(text, null, null, [.. found], [])
            {
                Error = $"「{text}」可能指以下多个：{string.Join("、", found.Select(d => d.Name))}，请填写全称",
            };
        }

        var resolved = Resolved(text, found[0], kind);
        return kind == NameMatchKind.Core ? resolved with { Warning = $"「{text}」按「{found[0].Name}」导入" } : resolved;
    }

    private static (NameMatchKind Kind, List<DepartmentInfo> Found)? Find(Index index, string normalized, string core) =>
        index.ByName.TryGetValue(normalized, out var byName) ? (NameMatchKind.Exact, byName)
        : index.ByAlias.TryGetValue(normalized, out var byAlias) ? (NameMatchKind.Alias, byAlias)
        : index.ByCore.TryGetValue(core, out var byCore) ? (NameMatchKind.Core, byCore)
        : null;

    private static NameResolution Resolved(string text, DepartmentInfo department, NameMatchKind kind) => new(text, department, kind, [department], []);

    private static NameResolution Unknown(string text, string core, Index index, NameScope scope)
    {
        var least = Math.Max(1, (core.Length + 1) / 2);
        var suggestions = index.Entries
            .Select((entry, order) => (entry.Department, order, Best: entry.Cores
                .Select(c => (Common: TextSimilarity.LongestCommonSubsequence(core, c), Distance: TextSimilarity.Levenshtein(core, c)))
                .OrderByDescending(s => s.Common).ThenBy(s => s.Distance).First()))
            .Where(s => s.Best.Common >= least)
            .OrderByDescending(s => s.Best.Common).ThenBy(s => s.Best.Distance).ThenBy(s => s.order)
            .Select(s => s.Department)
            .Take(MaxSuggestions)
            .ToList();
        var notFound = scope switch
        {
            NameScope.Departments => $"「{text}」不在部门列表中",
            NameScope.Towns => $"「{text}」不是本区的乡镇/街道",
            _ => $"「{text}」不是已知的部门或乡镇/街道",
        };
        var error = suggestions.Count > 0
            ? $"{notFound}，您是否指{string.Join("、", suggestions.Select(d => $"「{d.Name}」"))}？"
            : $"{notFound}，请填写全称，或在「部门管理」中为其添加简称";
        return new(text, null, null, [], suggestions) { Error = error };
    }

    private static string Noun(NameScope scope) => scope switch
    {
        NameScope.Departments => "部门",
        NameScope.Towns => "乡镇/街道",
        _ => "部门或乡镇/街道",
    };

    private Index IndexFor(NameScope scope) =>
        indexes[(int)scope] ??= new Index(entries.Where(e => scope switch
        {
            NameScope.Departments => !e.Department.IsTown,
            NameScope.Towns => e.Department.IsTown,
            _ => true,
        }).ToList());

    private sealed class Entry(DepartmentInfo department)
    {
        public DepartmentInfo Department { get; } = department;

        public string Name { get; } = OrganisationName.Normalize(department.Name);

        public IReadOnlyList<string> Aliases { get; } = department.Aliases.Select(OrganisationName.Normalize).Distinct().ToList();

        /// <summary>The cores of the name and of every alias: 区环保局 reaches 区生态环境局 through its alias 环保局.</summary>
        public IReadOnlyList<string> Cores { get; } = department.Aliases.Prepend(department.Name).Select(OrganisationName.Core).Distinct().ToList();
    }

    private sealed class Index(List<Entry> entries)
    {
        public List<Entry> Entries { get; } = entries;

        public Dictionary<Guid, DepartmentInfo> ById { get; } = entries.ToDictionary(e => e.Department.Id, e => e.Department);

        public Dictionary<string, List<DepartmentInfo>> ByName { get; } = Group(entries, e => [e.Name]);

        public Dictionary<string, List<DepartmentInfo>> ByAlias { get; } = Group(entries, e => e.Aliases);

        public Dictionary<string, List<DepartmentInfo>> ByCore { get; } = Group(entries, e => e.Cores);

        private static Dictionary<string, List<DepartmentInfo>> Group(List<Entry> entries, Func<Entry, IEnumerable<string>> keys) =>
            entries.SelectMany(e => keys(e).Select(k => (Key: k, e.Department)))
                .GroupBy(x => x.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(x => x.Department).DistinctBy(d => d.Id).ToList(), StringComparer.Ordinal);
    }
}
