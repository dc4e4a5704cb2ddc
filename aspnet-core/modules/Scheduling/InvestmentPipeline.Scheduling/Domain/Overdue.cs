using InvestmentPipeline.Scheduling.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Scheduling.Domain;

/// <summary>
/// The escalation of something past its deadline (a Shanghai date): to 重点办 the day after the deadline, to 区领导 when
/// overdue by more than <see cref="DaysBeforeLeaders"/> days.
/// </summary>
internal static class Overdue
{
    public const int DaysBeforeLeaders = 15;

    public static bool Is(DateOnly deadline, DateOnly today) => today > deadline;

    public static EscalationLevel LevelFor(DateOnly deadline, DateOnly today) =>
        !Is(deadline, today) ? EscalationLevel.None
        : today.DayNumber - deadline.DayNumber > DaysBeforeLeaders ? EscalationLevel.DistrictLeaders
        : EscalationLevel.KeyProjectsOffice;

    /// <summary>The levels newly reached, each once: a job that missed days still records both.</summary>
    public static IEnumerable<EscalationLevel> NewLevels(EscalationLevel current, DateOnly deadline, DateOnly today)
    {
        for (var level = current + 1; level <= LevelFor(deadline, today); level++)
        {
            yield return level;
        }
    }

    public static string Describe(EscalationLevel level, DateOnly deadline, DateOnly today) =>
        $"已超过整改/办理期限（{deadline:yyyy-MM-dd}）{today.DayNumber - deadline.DayNumber} 天，" +
        (level == EscalationLevel.DistrictLeaders ? $"逾期超过 {DaysBeforeLeaders} 天，提级至区领导" : "提级至重点办督办");
}

internal sealed class DeadlineNotInPastRule(DateOnly deadline, DateOnly today) : IBusinessRule
{
    public string Code => "Scheduling.DeadlineInPast";

    public string Message => $"期限（{deadline:yyyy-MM-dd}）不能早于今天（{today:yyyy-MM-dd}）";

    public bool IsBroken() => deadline < today;
}
