using System.Diagnostics;
using System.Net.Http.Headers;
using InvestmentPipeline.Testing;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Xunit;

namespace InvestmentPipeline.Benchmarks;

/// <summary>The host under measurement and the ways the benchmarks time it.</summary>
internal static class Measure
{
    /// <param name="settings">Host settings over the test host's, e.g. the production Hangfire worker count.</param>
    /// <param name="services">Changes to the host's services, e.g. counting the engine's store calls.</param>
    public static async Task<AppFactory> StartAsync(DatabaseKind kind, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var app = settings is null && services is null ? new AppFactory(kind) : new ConfiguredApp(kind, settings ?? new Dictionary<string, string?>(), services);
        await ((IAsyncLifetime)app).InitializeAsync();
        using var started = Process.GetCurrentProcess();
        Console.WriteLine($"{kind}：主机启动后进程峰值内存 {started.PeakWorkingSet64 / 1048576.0:N0} MB");
        return app;
    }

    public static Task StopAsync(AppFactory app) => ((IAsyncLifetime)app).DisposeAsync();

    /// <summary>Wall time, managed allocations and the process's peak working set of one request.</summary>
    public static async Task<HttpResponseMessage> OnceAsync(string what, Func<Task<HttpResponseMessage>> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var response = await action();
        var body = await response.Content.ReadAsByteArrayAsync();
        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(
            $"{what}: HTTP {(int)response.StatusCode}，{stopwatch.Elapsed.TotalSeconds:N2} 秒，本次分配 {allocated / 1048576.0:N0} MB，"
            + $"进程峰值内存 {process.PeakWorkingSet64 / 1048576.0:N0} MB，响应 {body.Length / 1024.0:N0} KB");
        return response;
    }

    /// <summary>p50 and p95 of repeated runs, after one warm-up run.</summary>
    public static async Task<(double P50, double P95)> PercentilesAsync(int runs, Func<Task> action)
    {
        await action();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await action();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[(int)Math.Ceiling(runs * 0.5) - 1], times[(int)Math.Ceiling(runs * 0.95) - 1]);
    }

    public static Task<HttpResponseMessage> UploadAsync(ApiSession session, string url, byte[] workbook, string fileName)
    {
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return session.Client.PostAsync(url, new MultipartFormDataContent { { file, "file", fileName } });
    }

    public static byte[] Workbook(IEnumerable<Dictionary<string, object?>> rows, string sheetName)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), sheetName: sheetName);
        return stream.ToArray();
    }
}

/// <summary>The test host with some settings and services of the benchmark's own.</summary>
internal sealed class ConfiguredApp(DatabaseKind kind, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure) : AppFactory(kind)
{
    protected override IReadOnlyDictionary<string, string?> Settings => settings;

    protected override void ConfigureTestServices(IServiceCollection services) => configure?.Invoke(services);
}
