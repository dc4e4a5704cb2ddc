using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Reserve.Domain;

/// <summary>
/// 评分: the commission's score (0–100) of one project on one criterion it assesses by judgement
/// (政策契合度, 经济效益…). Who scored is in the audit log; the stamp detects two people scoring at once.
/// </summary>
internal sealed class ProjectAssessment : Entity
{
    public const int NoteMaxLength = 200;

    private ProjectAssessment()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProjectId { get; private set; }

    public Guid CriterionId { get; private set; }

    public int Score { get; private set; }

    public string? Note { get; private set; }

    public DateTime AssessedAtUtc { get; private set; }

    public Guid ConcurrencyStamp { get; private set; }

    public static ProjectAssessment Create(Project project, RankingCriterion criterion, int score, string? note, DateTime nowUtc)
    {
        CheckRule(new OnlyLibraryProjectsInPreparationAreAssessedRule(project.ReviewStatus, project.State));
        CheckRule(new OnlyAssessedCriteriaAreScoredByHandRule(criterion));
        var assessment = new ProjectAssessment { Id = Guid.NewGuid(), ProjectId = project.Id, CriterionId = criterion.Id };
        assessment.Rescore(score, note, nowUtc);
        return assessment;
    }

    public void Rescore(int score, string? note, DateTime nowUtc)
    {
        CheckRule(new AssessmentScoreMustBeAPercentageRule(score));
        if (ConcurrencyStamp != Guid.Empty && score == Score && note == Note)
        {
            return;
        }

        Score = score;
        Note = note;
        AssessedAtUtc = nowUtc;
        ConcurrencyStamp = Guid.NewGuid();
    }
}

internal sealed class AssessmentScoreMustBeAPercentageRule(int score) : IBusinessRule
{
    public string Code => "Reserve.AssessmentScoreRange";

    public string Message => "评分须在 0 到 100 之间";

    public bool IsBroken() => score is < 0 or > 100;
}

/// <summary>Maturity and funding readiness are computed from the project; only the other criteria take a hand-given score.</summary>
internal sealed class OnlyAssessedCriteriaAreScoredByHandRule(RankingCriterion criterion) : IBusinessRule
{
    public string Code => "Reserve.CriterionNotAssessed";

    public string Message => $"「{criterion.Name}」由系统根据项目数据计算，不能人工评分";

    public bool IsBroken() => criterion.Kind != RankingCriterionKind.Assessed;
}

/// <summary>The ranking covers the reserve library (已入库) projects still being prepared (储备 or 前期), so only they are scored.</summary>
internal sealed class OnlyLibraryProjectsInPreparationAreAssessedRule(ReviewStatus status, ProjectState state) : IBusinessRule
{
    public string Code => "Reserve.ProjectNotRankable";

    public string Message => "只有已入库且处于储备或前期阶段的项目可以评分";

    public bool IsBroken() => status != ReviewStatus.Accepted || state is not (ProjectState.Reserve or ProjectState.PreConstruction);
}
