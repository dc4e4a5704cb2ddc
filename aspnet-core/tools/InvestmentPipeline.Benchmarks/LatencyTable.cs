using System.Diagnostics;
using System.Globalization;

namespace InvestmentPipeline.Benchmarks;

/// <summary>Rows of p50 / p95 / max latencies (ms), printed as one aligned table.</summary>
internal sealed class LatencyTable
{
    private readonly List<(string Label, int Count, double P50, double P95, double Max)> rows = [];

    /// <summary>A row from pairs of Stopwatch timestamps (from, to).</summary>
    public void Add(string label, IEnumerable<(long From, long To)> spans)
    {
        var times = spans.Select(s => Stopwatch.GetElapsedTime(s.From, s.To).TotalMilliseconds).Order().ToList();
        rows.Add(times.Count == 0
            ? (label, 0, double.NaN, double.NaN, double.NaN)
            : (label, times.Count, At(times, 0.50), At(times, 0.95), times[^1]));
    }

    public void Print()
    {
        var width = rows.Max(r => DisplayWidth(r.Label)) + 2;
        Console.WriteLine($"{Pad("延迟（毫秒）", width)}{"次数",8}{"p50",10}{"p95",10}{"max",10}");
        foreach (var (label, count, p50, p95, max) in rows)
        {
            Console.WriteLine($"{Pad(label, width)}{count,10}{p50,10:N0}{p95,10:N0}{max,10:N0}");
        }
    }

    private static double At(List<double> sorted, double quantile) => sorted[(int)Math.Ceiling(sorted.Count * quantile) - 1];

    /// <summary>Pads by display columns: CJK characters take two.</summary>
    public static string Pad(string text, int width) => text + new string(' ', Math.Max(0, width - DisplayWidth(text)));

    private static int DisplayWidth(string text) => text.Sum(c => c >= 0x2E80 ? 2 : 1);

    public static string Rate(int count, TimeSpan elapsed) => (count / elapsed.TotalSeconds).ToString("N1", CultureInfo.InvariantCulture);
}
