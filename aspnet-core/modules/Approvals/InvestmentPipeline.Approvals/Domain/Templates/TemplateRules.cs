namespace InvestmentPipeline.Approvals.Domain.Templates;

/// <summary>A broken rule: the field is the step's (<c>steps[i].timeLimitDays</c>) or, for a rule on the whole graph, <c>steps</c>.</summary>
internal sealed record TemplateRuleError(string Field, string Message)
{
    public const string WholeTemplate = "steps";

    public static TemplateRuleError OfStep(int index, string field, string message) => new($"steps[{index}].{field}", message);
}

/// <summary>
/// What a template's steps must satisfy before they are saved or published. Every message names the step, and each
/// error of one step is keyed by that step's field (cycles, a missing start and a split graph concern the whole).
/// <list type="bullet">
/// <item>codes are unique and not blank; names are not blank; time limits are 1–365 working days;</item>
/// <item>every department code is an existing department; every prerequisite is the code of another step;</item>
/// <item>no cycles (the cycle is named in the order the steps would wait for each other);</item>
/// <item>every step is reachable: start steps (without prerequisites) are reachable, and a step is reachable when
/// all its prerequisites are; a step that is not could never start;</item>
/// <item>the steps are connected: following prerequisite links in either direction joins every step with every
/// other one (no isolated step, no second independent chain).</item>
/// </list>
/// </summary>
internal static class TemplateRules
{
    public const int MinTimeLimitDays = 1;
    public const int MaxTimeLimitDays = 365;

    public static IReadOnlyList<TemplateRuleError> Validate(IReadOnlyList<TemplateStep> steps, IReadOnlySet<string> departmentCodes)
    {
        var errors = new List<TemplateRuleError>();
        if (steps.Count == 0)
        {
            errors.Add(new(TemplateRuleError.WholeTemplate, "模板至少需要一个审批步骤。"));
            return errors;
        }

        var byCode = CheckStepsOneByOne(steps, departmentCodes, errors);
        var onCycles = CheckCycles(steps, byCode, errors);
        CheckReachable(steps, byCode, onCycles, errors);
        CheckConnected(steps, byCode, errors);
        return errors;
    }

    public static string Label(TemplateStep step) => $"“{step.Name}”（{step.Code}）";

    private static Dictionary<string, TemplateStep> CheckStepsOneByOne(IReadOnlyList<TemplateStep> steps, IReadOnlySet<string> departmentCodes, List<TemplateRuleError> errors)
    {
        var byCode = new Dictionary<string, TemplateStep>(StringComparer.Ordinal);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (string.IsNullOrWhiteSpace(step.Code))
            {
                errors.Add(TemplateRuleError.OfStep(i, "code", $"第 {i + 1} 个步骤“{step.Name}”缺少步骤编码。"));
                continue;
            }

            if (!byCode.TryAdd(step.Code, step))
            {
                errors.Add(TemplateRuleError.OfStep(i, "code", $"步骤编码“{step.Code}”重复：步骤“{byCode[step.Code].Name}”与“{step.Name}”使用了同一编码。"));
            }
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (string.IsNullOrWhiteSpace(step.Code))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(step.Name))
            {
                errors.Add(TemplateRuleError.OfStep(i, "name", $"步骤 {step.Code} 缺少名称。"));
            }

            if (step.TimeLimitDays is < MinTimeLimitDays or > MaxTimeLimitDays)
            {
                errors.Add(TemplateRuleError.OfStep(i, "timeLimitDays", $"步骤{Label(step)}的法定时限为 {step.TimeLimitDays} 个工作日，应在 {MinTimeLimitDays}–{MaxTimeLimitDays} 个工作日之间。"));
            }

            if (!departmentCodes.Contains(step.DepartmentCode))
            {
                errors.Add(TemplateRuleError.OfStep(i, "departmentCode", $"步骤{Label(step)}的办理部门“{step.DepartmentCode}”不存在。"));
            }

            foreach (var missing in step.Prerequisites.Where(p => !byCode.ContainsKey(p)).Distinct())
            {
                errors.Add(TemplateRuleError.OfStep(i, "prerequisites", $"步骤{Label(step)}的前置步骤“{missing}”不存在。"));
            }
        }

        return byCode;
    }

    private static HashSet<string> CheckCycles(IReadOnlyList<TemplateStep> steps, Dictionary<string, TemplateStep> byCode, List<TemplateRuleError> errors)
    {
        var onCycles = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var listed = steps.Select(s => s.Code).Where(c => c is not null && byCode.ContainsKey(c)).Distinct().ToList();
        foreach (var found in new CycleFinder(byCode).FindAll(listed))
        {
            // start the cycle at the step listed first, so the message does not depend on where the search began
            var first = found.MinBy(listed.IndexOf)!;
            var at = found.IndexOf(first);
            var cycle = found.Skip(at).Concat(found.Take(at)).ToList();
            var key = string.Join(",", cycle.Order(StringComparer.Ordinal));
            if (!reported.Add(key))
            {
                continue;
            }

            onCycles.UnionWith(cycle);
            var path = cycle.Append(cycle[0]).Select(c => Label(byCode[c]));
            errors.Add(new(TemplateRuleError.WholeTemplate, $"步骤之间存在循环依赖：{string.Join(" → ", path)}。"));
        }

        return onCycles;
    }

    private static void CheckReachable(IReadOnlyList<TemplateStep> steps, Dictionary<string, TemplateStep> byCode, HashSet<string> onCycles, List<TemplateRuleError> errors)
    {
        var known = steps.Where(s => byCode.TryGetValue(s.Code ?? string.Empty, out var same) && ReferenceEquals(same, s)).ToList();
        if (known.Count > 0 && known.All(s => s.Prerequisites.Count > 0))
        {
            errors.Add(new(TemplateRuleError.WholeTemplate, "模板没有起始步骤：至少要有一个步骤没有前置步骤。"));
            return;
        }

        var reachable = new HashSet<string>(StringComparer.Ordinal);
        bool grew;
        do
        {
            grew = false;
            foreach (var step in known.Where(s => !reachable.Contains(s.Code) && s.Prerequisites.All(reachable.Contains)))
            {
                grew |= reachable.Add(step.Code);
            }
        }
        while (grew);

        var unreachable = steps.Select((step, index) => (Step: step, Index: index)).Where(s => known.Contains(s.Step, ReferenceEqualityComparer.Instance)
            && !reachable.Contains(s.Step.Code) && !onCycles.Contains(s.Step.Code) && s.Step.Prerequisites.All(byCode.ContainsKey));
        foreach (var (step, index) in unreachable)
        {
            errors.Add(TemplateRuleError.OfStep(index, "prerequisites", $"步骤{Label(step)}无法从任何起始步骤到达：它的前置步骤中有循环依赖或本身无法到达的步骤。"));
        }
    }

    private static void CheckConnected(IReadOnlyList<TemplateStep> steps, Dictionary<string, TemplateStep> byCode, List<TemplateRuleError> errors)
    {
        var neighbours = byCode.Keys.ToDictionary(c => c, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var step in byCode.Values)
        {
            foreach (var prerequisite in step.Prerequisites.Where(byCode.ContainsKey))
            {
                neighbours[step.Code].Add(prerequisite);
                neighbours[prerequisite].Add(step.Code);
            }
        }

        var parts = new List<List<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in steps.Select(s => s.Code).Where(c => c is not null && byCode.ContainsKey(c) && !seen.Contains(c)))
        {
            var part = new List<string>();
            var queue = new Queue<string>([code]);
            seen.Add(code);
            while (queue.TryDequeue(out var current))
            {
                part.Add(current);
                foreach (var next in neighbours[current].Where(seen.Add))
                {
                    queue.Enqueue(next);
                }
            }

            parts.Add(part);
        }

        if (parts.Count > 1)
        {
            var described = parts.Select(p => "{" + string.Join("、", p.Select(c => Label(byCode[c]))) + "}");
            errors.Add(new(TemplateRuleError.WholeTemplate, $"步骤分成了 {parts.Count} 个互不相连的部分：{string.Join("；", described)}。所有步骤应通过前置关系连成一个整体。"));
        }
    }

    /// <summary>Depth-first search along prerequisite links; a link back into the current path closes a cycle.</summary>
    private sealed class CycleFinder(Dictionary<string, TemplateStep> byCode)
    {
        private readonly HashSet<string> done = new(StringComparer.Ordinal);
        private readonly List<string> path = [];
        private readonly List<List<string>> cycles = [];

        public List<List<string>> FindAll(IEnumerable<string> codes)
        {
            foreach (var code in codes)
            {
                Visit(code);
            }

            return cycles;
        }

        private void Visit(string code)
        {
            if (done.Contains(code))
            {
                return;
            }

            var at = path.IndexOf(code);
            if (at >= 0)
            {
                // path runs from a step to its prerequisites: reverse it to read in the order the steps would run
                var cycle = path.Skip(at).Reverse().ToList();
                cycles.Add(cycle);
                return;
            }

            path.Add(code);
            foreach (var prerequisite in byCode[code].Prerequisites.Where(byCode.ContainsKey).Distinct())
            {
                Visit(prerequisite);
            }

            path.RemoveAt(path.Count - 1);
            done.Add(code);
        }
    }
}
