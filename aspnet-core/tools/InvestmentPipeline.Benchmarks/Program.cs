using InvestmentPipeline.Benchmarks;
using InvestmentPipeline.Testing;

// Speed and memory targets, measured on the real host (all modules, real database) over HTTP:
//   dotnet run -c Release --project aspnet-core/tools/InvestmentPipeline.Benchmarks -- plan-import [rows] [sqlite|postgres]
//   dotnet run -c Release --project aspnet-core/tools/InvestmentPipeline.Benchmarks -- statistics [projects] [sqlite|postgres]
//   dotnet run -c Release --project aspnet-core/tools/InvestmentPipeline.Benchmarks -- approvals [instances] [sqlite|postgres]
// PostgreSQL needs IP_TEST_POSTGRES (see build/postgres.sh), as the tests do.
var scenario = args.Length > 0 ? args[0] : "plan-import";
var size = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : scenario switch
{
    "statistics" => 10_000,
    "approvals" => 1_000,
    _ => 5_000,
};
var kind = args.Length > 2 && args[2].Equals("postgres", StringComparison.OrdinalIgnoreCase) ? DatabaseKind.PostgreSQL : DatabaseKind.Sqlite;

// WebApplicationFactory reads the host's content root from the manifest in the working directory, as test runners set it.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);

switch (scenario)
{
    case "plan-import":
        await PlanImportBenchmark.RunAsync(size, kind);
        break;
    case "statistics":
        await StatisticsBenchmark.RunAsync(size, kind);
        break;
    case "approvals":
        await ApprovalsBenchmark.RunAsync(size, kind);
        break;
    default:
        Console.Error.WriteLine($"Unknown scenario {scenario}: plan-import, statistics or approvals");
        return 2;
}

return 0;
