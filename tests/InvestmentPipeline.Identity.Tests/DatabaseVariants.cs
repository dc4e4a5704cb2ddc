namespace InvestmentPipeline.Identity.Tests;

/// <summary>Trait that test.sh filters on when no PostgreSQL is installed locally (CI always has one).</summary>
public static class Db
{
    public const string Trait = "Database";
    public const string Postgres = "PostgreSQL";
}
