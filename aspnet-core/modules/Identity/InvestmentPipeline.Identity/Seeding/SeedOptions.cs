namespace InvestmentPipeline.Identity.Seeding;

/// <summary>Section `Seed`: admin's first password (whether demo users are seeded is <c>SeedSettings.Demo</c>).</summary>
internal sealed class SeedOptions
{
    public const string DemoAdminPassword = "Admin@123456";
    public const string DemoUserPassword = "Demo@123456";

    public string? AdminPassword { get; set; }
}
