using Serilog;
using Serilog.Events;

namespace InvestmentPipeline.Host.Composition;

internal static class AppLogging
{
    /// <summary>Serilog to the console and to a daily rolling file under the data directory (kept 30 days).</summary>
    public static void AddAppLogging(this WebApplicationBuilder builder, string dataDirectory) =>
        builder.Services.AddSerilog((services, config) => config
            .ReadFrom.Configuration(builder.Configuration)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Hangfire", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console()
            .WriteTo.File(Path.Combine(dataDirectory, "logs", "app-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 30));
}
