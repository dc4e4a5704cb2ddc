namespace InvestmentPipeline.Approvals.Domain;

/// <summary>
/// An exception to the Monday–Friday week in the working-day calendar that approval time limits count:
/// a public holiday (法定节假日) or a weekend day worked instead (调休上班).
/// </summary>
internal sealed class CalendarDay
{
    public DateOnly Date { get; set; }

    /// <summary>True for a weekend day that is worked (调休上班日); false for a holiday.</summary>
    public bool IsWorkday { get; set; }

    public required string Name { get; set; }

    /// <summary>Changes with every edit, so two people editing the same day get one success and one 409.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
