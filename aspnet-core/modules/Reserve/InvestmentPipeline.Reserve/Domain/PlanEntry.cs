using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Reserve.Domain;

/// <summary>What the plan says about one project in one year (定人定责定时间); months are kept as their first day.</summary>
internal sealed record PlanEntryDetails(
    ConstructionType Type,
    decimal PlannedInvestment,
    DateOnly? PlannedStartMonth,
    DateOnly? PlannedCompletionMonth,
    string? Leader,
    string? ResponsiblePerson,
    string? Phone,
    string? FundingNote,
    int? SerialNo);

/// <summary>
/// How one year's plan lists its project: 行业领域, 建设地点, 责任单位 (a department), 项目单位 (the implementing unit, as
/// text) and 总投资. The project master holds the current values; each year keeps those it was planned with, so that a
/// later year's plan never rewrites an earlier one.
/// </summary>
internal sealed record PlanYearValues(string SectorCode, Guid? TownId, Guid ResponsibleDepartmentId, string ProjectUnit, decimal TotalInvestment)
{
    public static PlanYearValues Of(ProjectDetails project) =>
        new(project.SectorCode, project.TownId, project.ResponsibleDepartmentId, project.ProjectUnit, project.TotalInvestment);
}

/// <summary>One project's milestone: the date the system proposed, the date the unit agreed to, and when it was reached.</summary>
internal sealed record PlanMilestone(MilestoneKind Kind, DateOnly PlannedDate, DateOnly? ProposedDate, DateOnly? ActualDate)
{
    public bool IsLate(DateOnly today) => ActualDate is null ? PlannedDate < today : ActualDate > PlannedDate;
}

/// <summary>年度重点项目计划 entry: one project of the library in one year's plan, with its schedule.</summary>
internal sealed class PlanEntry : Entity
{
    public const int TextMaxLength = 100;
    public const int FundingNoteMaxLength = 500;

    private PlanEntry()
    {
    }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public Guid ProjectId { get; private set; }

    public ConstructionType Type { get; private set; }

    public decimal PlannedInvestment { get; private set; }

    public DateOnly? PlannedStartMonth { get; private set; }

    public DateOnly? PlannedCompletionMonth { get; private set; }

    /// <summary>包联领导: the district leader who answers for the project.</summary>
    public string? Leader { get; private set; }

    public string SectorCode { get; private set; } = string.Empty;

    public Guid? TownId { get; private set; }

    public Guid ResponsibleDepartmentId { get; private set; }

    /// <summary>项目单位 as listed that year.</summary>
    public string ProjectUnit { get; private set; } = string.Empty;

    /// <summary>总投资 as listed that year; the year's planned investment cannot exceed it.</summary>
    public decimal TotalInvestment { get; private set; }

    public string? ResponsiblePerson { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>资金来源 as the plan sheet writes it (free text or a list); the project's funding sources hold the amounts.</summary>
    public string? FundingNote { get; private set; }

    /// <summary>序号: the order the commission lists the plan in.</summary>
    public int? SerialNo { get; private set; }

    public List<PlanMilestone> Milestones { get; private set; } = [];

    public DateTime CreatedAtUtc { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public PlanEntryDetails Details => new(
        Type, PlannedInvestment, PlannedStartMonth, PlannedCompletionMonth, Leader, ResponsiblePerson, Phone, FundingNote, SerialNo);

    public PlanYearValues YearValues => new(SectorCode, TownId, ResponsibleDepartmentId, ProjectUnit, TotalInvestment);

    public static PlanEntry Add(int year, Guid projectId, PlanYearValues values, PlanEntryDetails details, DateTime nowUtc)
    {
        var entry = new PlanEntry { Id = Guid.NewGuid(), Year = year, ProjectId = projectId, CreatedAtUtc = nowUtc };
        entry.Change(details, values);
        return entry;
    }

    public void Change(PlanEntryDetails details, PlanYearValues values)
    {
        CheckRule(new PlanTotalInvestmentMustBePositiveRule(values.TotalInvestment));
        foreach (var (_, rule) in PlanEntryRules.For(Year, details, values.TotalInvestment))
        {
            CheckRule(rule);
        }

        SectorCode = values.SectorCode;
        TownId = values.TownId;
        ResponsibleDepartmentId = values.ResponsibleDepartmentId;
        ProjectUnit = values.ProjectUnit;
        TotalInvestment = values.TotalInvestment;

        Type = details.Type;
        PlannedInvestment = details.PlannedInvestment;
        PlannedStartMonth = details.PlannedStartMonth;
        PlannedCompletionMonth = details.PlannedCompletionMonth;
        Leader = details.Leader;
        ResponsiblePerson = details.ResponsiblePerson;
        Phone = details.Phone;
        FundingNote = details.FundingNote;
        SerialNo = details.SerialNo;
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>
    /// A change of the project master carries into this year: each of the year's values that the change altered takes
    /// the new value; those it left alone stay as the year listed them.
    /// </summary>
    public void FollowMaster(ProjectDetails before, ProjectDetails after)
    {
        var (was, now, own) = (PlanYearValues.Of(before), PlanYearValues.Of(after), YearValues);
        var followed = new PlanYearValues(
            was.SectorCode == now.SectorCode ? own.SectorCode : now.SectorCode,
            was.TownId == now.TownId ? own.TownId : now.TownId,
            was.ResponsibleDepartmentId == now.ResponsibleDepartmentId ? own.ResponsibleDepartmentId : now.ResponsibleDepartmentId,
            was.ProjectUnit == now.ProjectUnit ? own.ProjectUnit : now.ProjectUnit,
            was.TotalInvestment == now.TotalInvestment ? own.TotalInvestment : now.TotalInvestment);
        if (followed != own)
        {
            Change(Details, followed);
        }
    }

    /// <summary>The unit's schedule: milestones in their natural order, dates never going backwards.</summary>
    public void ScheduleMilestones(IReadOnlyList<PlanMilestone> milestones, DateOnly today)
    {
        CheckRule(new MilestonesMustFollowEachOtherRule(milestones));
        CheckRule(new ActualMilestoneDateCannotBeInTheFutureRule(milestones, today));
        Milestones = [.. milestones.OrderBy(m => m.Kind)];
        ConcurrencyStamp = Guid.NewGuid();
    }
}

/// <summary>
/// The entry rules with the field each one is about, so that the import can report every broken one on its cell
/// before anything is written.
/// </summary>
internal static class PlanEntryRules
{
    public static IEnumerable<(string Field, IBusinessRule Rule)> For(int year, PlanEntryDetails details, decimal totalInvestment) =>
    [
        (nameof(details.PlannedStartMonth), new StartMonthRequiredForNewProjectsRule(details.Type, details.PlannedStartMonth)),
        (nameof(details.PlannedInvestment), new PlannedInvestmentWithinTotalRule(details.PlannedInvestment, totalInvestment)),
        (nameof(details.PlannedCompletionMonth), new CompletionCannotPrecedeStartRule(details.PlannedStartMonth, details.PlannedCompletionMonth)),
        (nameof(details.PlannedStartMonth), new StartMonthWithinPlanYearRule(year, details.Type, details.PlannedStartMonth)),
    ];
}

internal sealed class StartMonthRequiredForNewProjectsRule(ConstructionType type, DateOnly? start) : IBusinessRule
{
    public string Code => "Reserve.StartMonthRequired";

    public string Message => "新建、拟开工项目须填写计划开工时间";

    public bool IsBroken() => type is ConstructionType.New or ConstructionType.ToStart && start is null;
}

internal sealed class PlanTotalInvestmentMustBePositiveRule(decimal total) : IBusinessRule
{
    public string Code => "Reserve.PlanTotalNotPositive";

    public string Message => "总投资须大于 0";

    public bool IsBroken() => total <= 0;
}

internal sealed class PlannedInvestmentWithinTotalRule(decimal planned, decimal total) : IBusinessRule
{
    public string Code => "Reserve.PlannedExceedsTotal";

    public string Message => $"年度计划投资 {planned / 10_000m:0.##} 万元超过总投资 {total / 10_000m:0.##} 万元";

    public bool IsBroken() => planned > total;
}

/// <summary>A project starts (or resumes) in the year whose plan it is in; 续建 may name the month it resumes, also in that year.</summary>
internal sealed class StartMonthWithinPlanYearRule(int year, ConstructionType type, DateOnly? start) : IBusinessRule
{
    public string Code => "Reserve.StartOutsidePlanYear";

    public string Message => type == ConstructionType.Continuing
        ? $"续建项目的计划复工时间应在 {year} 年内"
        : $"计划开工时间应在 {year} 年内";

    public bool IsBroken() => start is { } month && month.Year != year;
}

internal sealed class MilestonesMustFollowEachOtherRule(IReadOnlyList<PlanMilestone> milestones) : IBusinessRule
{
    public string Code => "Reserve.MilestoneOrder";

    public string Message => milestones.GroupBy(m => m.Kind).Any(g => g.Count() > 1)
        ? "每个节点只能出现一次"
        : "节点日期须按 前期完成 → 开工 → 主体完工 → 竣工 的顺序，不能倒置";

    public bool IsBroken()
    {
        if (milestones.GroupBy(m => m.Kind).Any(g => g.Count() > 1))
        {
            return true;
        }

        var ordered = milestones.OrderBy(m => m.Kind).ToList();
        return ordered.Zip(ordered.Skip(1)).Any(pair => pair.Second.PlannedDate < pair.First.PlannedDate);
    }
}

internal sealed class ActualMilestoneDateCannotBeInTheFutureRule(IReadOnlyList<PlanMilestone> milestones, DateOnly today) : IBusinessRule
{
    public string Code => "Reserve.MilestoneInFuture";

    public string Message => "实际完成日期不能晚于今天";

    public bool IsBroken() => milestones.Any(m => m.ActualDate > today);
}

/// <summary>Only projects the commission accepted into the library, and not finished or terminated, go into a plan.</summary>
internal sealed class ProjectCanEnterPlanRule(ReviewStatus reviewStatus, ProjectState state) : IBusinessRule
{
    public string Code => "Reserve.NotPlannable";

    public string Message => state is ProjectState.Completed or ProjectState.Terminated
        ? $"项目已{ProjectStateNames.Of(state)}，不能列入年度计划"
        : "项目尚未入库（须经发改委审核接受），不能列入年度计划";

    public bool IsBroken() => reviewStatus != ReviewStatus.Accepted || state is ProjectState.Completed or ProjectState.Terminated;
}
