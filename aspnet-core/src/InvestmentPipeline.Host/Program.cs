using InvestmentPipeline.Host.Composition;

var builder = WebApplication.CreateBuilder(args);
builder.AddInvestmentPipeline();

var app = builder.Build();
await app.Services.PrepareDatabaseAsync(app.Lifetime.ApplicationStopping);
app.UseInvestmentPipeline();
await app.RunAsync();

/// <summary>The entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
