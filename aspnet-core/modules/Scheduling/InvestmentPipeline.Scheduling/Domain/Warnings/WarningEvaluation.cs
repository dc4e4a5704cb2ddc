using InvestmentPipeline.Scheduling.Contracts;

namespace InvestmentPipeline.Scheduling.Domain.Warnings;

/// <summary>
/// One run of the rules over a year's plan as of a month, kept as the history of evaluations. A year's warnings move
/// forward only: a month earlier than the year's last one evaluated is refused, so that an old month cannot clear a red warning.
/// </summary>
internal sealed class WarningEvaluation
{
    public Guid Id { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public EvaluationTrigger Trigger { get; set; }

    public string? By { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public int DurationMilliseconds { get; set; }

    public int ProjectCount { get; set; }

    public int Raised { get; set; }

    public int Escalated { get; set; }

    public int Reduced { get; set; }

    public int Resolved { get; set; }

    public int OpenRed { get; set; }

    public int OpenYellow { get; set; }

    /// <summary>
    /// Applies the rules to every plan project and to the year's existing warnings (keyed by project and rule);
    /// returns the new warnings to add. A disabled rule raises nothing and its open warnings close; projects that left the plan have their open warnings closed.
    /// </summary>
    public List<Warning> Apply(
        IReadOnlyList<ProjectAsOf> projects, IReadOnlyList<WarningRule> rules, IReadOnlyDictionary<(Guid, WarningRuleCode), Warning> existing, DateTime nowUtc)
    {
        var added = new List<Warning>();
        foreach (var project in projects)
        {
            foreach (var rule in rules)
            {
                var finding = rule.Enabled ? WarningMeasures.Measure(rule.Code, project, Year, Month) : null;
                if (existing.TryGetValue((project.Project.ProjectId, rule.Code), out var warning))
                {
                    Count(warning.Observe(project.Project, rule, finding, Month, nowUtc));
                }
                else if (finding is not null && rule.LevelFor(finding.Measure) is { } level)
                {
                    added.Add(Warning.Raise(project.Project, rule, level, finding, Year, Month, nowUtc));
                    Raised++;
                }
            }
        }

        var inPlan = projects.Select(p => p.Project.ProjectId).ToHashSet();
        foreach (var warning in existing.Values.Where(w => !inPlan.Contains(w.ProjectId)))
        {
            Count(warning.LeavePlan(Month, nowUtc));
        }

        var open = existing.Values.Concat(added).Where(w => w.Status == WarningStatus.Open).ToList();
        OpenRed = open.Count(w => w.Level == WarningLevel.Red);
        OpenYellow = open.Count(w => w.Level == WarningLevel.Yellow);
        ProjectCount = projects.Count;
        return added;
    }

    private void Count(WarningEventKind? change)
    {
        switch (change)
        {
            case WarningEventKind.Reopened:
                Raised++;
                break;
            case WarningEventKind.Escalated:
                Escalated++;
                break;
            case WarningEventKind.Reduced:
                Reduced++;
                break;
            case WarningEventKind.Resolved or WarningEventKind.LeftPlan:
                Resolved++;
                break;
        }
    }
}
