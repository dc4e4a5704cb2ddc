using InvestmentPipeline.Host.Composition;

// Applies every module's migrations and the base data, then exits: for upgrades run before the hosts start,
// e.g. `dotnet run --project aspnet-core/tools/InvestmentPipeline.Migrator -- --Database:Provider=PostgreSQL --ConnectionStrings:Default=...`.
var builder = WebApplication.CreateBuilder(args);
builder.AddInvestmentPipeline();
await using var app = builder.Build();
var started = TimeProvider.System.GetTimestamp();
await app.Services.PrepareDatabaseAsync(CancellationToken.None, registerJobs: false);
Console.WriteLine($"数据库迁移与基础数据已完成（{TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} 秒）。");
