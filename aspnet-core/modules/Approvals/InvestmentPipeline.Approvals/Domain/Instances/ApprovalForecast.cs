namespace InvestmentPipeline.Approvals.Domain.Instances;

/// <summary>What the forecast knows of one step: its prerequisites, whether it is done, how long it is expected to take and how long it has run.</summary>
internal sealed record ForecastStep(string Code, IReadOnlyList<string> Prerequisites, bool Done, int ExpectedDays, int ElapsedDays);

/// <summary>One step's place in the forecast: working days still to go, and the working-day offsets (from today) of its start and end.</summary>
internal sealed record ForecastedStep(string Code, int RemainingDays, int StartOffset, int EndOffset, bool OnCriticalPath);

internal sealed record ForecastResult(IReadOnlyList<ForecastedStep> Steps, IReadOnlyList<string> CriticalPath, int RemainingDays, DateOnly ForecastOn);

/// <summary>
/// When the approvals are expected to be through (建设条件): every step not done is scheduled as soon as its
/// prerequisites are expected done, from today on, taking its expected working days less those it has already run.
/// The critical path is the longest chain of remaining steps (ties go to the earlier step), the one that decides the date.
/// Pure: the steps must be in template order (prerequisites before dependants), as instances keep them.
/// </summary>
internal static class ApprovalForecast
{
    public static ForecastResult Compute(IReadOnlyList<ForecastStep> steps, WorkingDays calendar, DateOnly today)
    {
        var end = new Dictionary<string, int>(StringComparer.Ordinal);
        var critical = new Dictionary<string, string?>(StringComparer.Ordinal);
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            var rest = step.Done ? 0 : Math.Max(step.ExpectedDays - step.ElapsedDays, 0);
            string? before = null;
            var start = 0;
            foreach (var p in step.Prerequisites)
            {
                // a done prerequisite holds nothing up; the latest of the others decides the start
                if (end.TryGetValue(p, out var e) && !done.Contains(p) && (before is null || e > start))
                {
                    start = e;
                    before = p;
                }
            }

            if (step.Done)
            {
                done.Add(step.Code);
            }

            remaining[step.Code] = rest;
            end[step.Code] = step.Done ? 0 : start + rest;
            critical[step.Code] = step.Done ? null : before;
        }

        var path = new List<string>();
        var last = steps.Where(s => !s.Done).OrderByDescending(s => end[s.Code]).Select(s => s.Code).FirstOrDefault();
        for (var code = last; code is not null; code = critical[code])
        {
            path.Insert(0, code);
        }

        var total = path.Count == 0 ? 0 : end[path[^1]];
        var onPath = path.ToHashSet(StringComparer.Ordinal);
        var result = steps.Select(s => new ForecastedStep(s.Code, remaining[s.Code], s.Done ? 0 : end[s.Code] - remaining[s.Code], end[s.Code], onPath.Contains(s.Code))).ToList();
        return new ForecastResult(result, path, total, calendar.Add(today, total));
    }

    /// <summary>The median of past durations in working days; between two middle values, the longer is taken (rounded up).</summary>
    public static int Median(IReadOnlyCollection<int> days)
    {
        ArgumentOutOfRangeException.ThrowIfZero(days.Count);
        var sorted = days.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid] + 1) / 2;
    }
}
