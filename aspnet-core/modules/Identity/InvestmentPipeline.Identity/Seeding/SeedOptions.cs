namespace InvestmentPipeline.Identity.Seeding;

/// <summary>Section `Seed`: demo users and data (default: on in the embedded SQLite mode), and admin's first password.</summary>
internal sealed class SeedOptions
{
    public const string DemoAdminPassword = "Admin@123456";
    public const string DemoUserPassword = "Demo@123456";

    public bool? Demo { get; set; }

    public string? AdminPassword { get; set; }
}
