using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Benchmarks;

/// <summary>
/// N concurrent approval runs on the real host (WorkflowCore on our EF store, outbox through Hangfire): N plan
/// projects (审批制, through the real plan import), N instances started over HTTP, then the first step of every
/// instance approved by its department with bounded parallelism. Per decision: the answer (the commit), the next
/// steps seen pending in the instance query (they commit with the decision), and the engine caught up (the decided
/// step's subscription consumed and the next steps' decisions awaited, seen in the engine's tables).
/// </summary>
internal static class ApprovalsBenchmark
{
    private const int Year = 2027;
    private const int Parallelism = 8;
    private const string HangfireWorkers = "4"; // appsettings.json's value (the test host runs one)
    private static readonly TimeSpan EngineTimeout = TimeSpan.FromMinutes(30);
    private const string Created = "created", Ready = "ready", Delivered = "delivered", CaughtUp = "caught-up";

    private sealed record ProjectRow(Guid Id, string Name);

    private sealed record StepRow(Guid Id, string Code, string DepartmentCode, string State, List<string> Prerequisites, Guid ConcurrencyStamp);

    private sealed record InstanceRow(Guid Id, List<StepRow> Steps);

    /// <summary>One instance's first step and the steps its approval makes pending.</summary>
    private sealed record Run(Guid InstanceId, StepRow First, List<string> Next);

    private sealed class Decision
    {
        public long Sent;
        public long Answered;
        public long Visible;
    }

    public static async Task RunAsync(int instances, DatabaseKind kind)
    {
        var loadAtStart = LoadAverage();
        var storeCalls = new EngineStoreCalls();
        var app = await Measure.StartAsync(kind, new Dictionary<string, string?> { ["Hangfire:WorkerCount"] = HangfireWorkers }, storeCalls.Install);
        var database = app.Services.GetRequiredService<DatabaseOptions>();
        using var admin = await app.AdminAsync();
        Console.WriteLine($"审批并发基准：{instances} 个审批制项目各发起一个审批实例，再并发办理每个实例的第一步（并发度 {Parallelism}，Hangfire 工作线程 {HangfireWorkers}，引擎轮询 {EngineWatch.Interval.TotalMilliseconds:N0} ms 观察一次）");
        await Measure.OnceAsync("导入年度计划（建立项目）", () => Measure.UploadAsync(admin, $"/api/reserve/plans/{Year}/import",
            PlanImportBenchmark.PlanWorkbook(instances, Year, allNew: true), "基准计划.xlsx"));
        var projects = await BenchmarkProjectsAsync(admin, instances);

        storeCalls.TakeAndReset();
        var (runs, startSpans, startElapsed, startEngine, startEngineElapsed) = await StartAllAsync(admin, database, projects);
        var startCalls = storeCalls.TakeAndReset();
        var department = runs.Select(r => r.First.DepartmentCode).Distinct().Single();
        var (_, approver) = await TestUsers.CreateSignedInAsync(app, admin, department, "approver");
        using (approver)
        {
            var (decisions, failures, decideElapsed, engine, engineElapsed) = await DecideAllAsync(approver, database, runs);
            var decideCalls = storeCalls.TakeAndReset();

            var table = new LatencyTable();
            table.Add("发起 → 响应（实例与步骤已提交）", startSpans.Select(s => (s.Sent, s.Answered)));
            table.Add("发起 → 引擎建立流程（outbox 已投递）", startSpans.Select(s => (s.Sent, startEngine[Created][s.Id])));
            table.Add("发起 → 引擎就绪（等待第一步办理）", startSpans.Select(s => (s.Sent, startEngine[Ready][s.Id])));
            table.Add("办理 → 响应（决定已提交）", decisions.Values.Select(d => (d.Sent, d.Answered)));
            table.Add("办理 → 下一步可见（实例查询中为待办）", decisions.Values.Select(d => (d.Sent, d.Visible)));
            table.Add("办理 → 事件交给引擎（outbox 已投递）", decisions.Where(d => engine[Delivered].ContainsKey(d.Key)).Select(d => (d.Value.Sent, engine[Delivered][d.Key])));
            table.Add("办理 → 引擎跟上（等待下一步办理）", decisions.Where(d => engine[CaughtUp].ContainsKey(d.Key)).Select(d => (d.Value.Sent, engine[CaughtUp][d.Key])));
            Console.WriteLine();
            table.Print();
            Console.WriteLine();
            Console.WriteLine($"发起 {instances} 个实例：{startElapsed.TotalSeconds:N1} 秒（{LatencyTable.Rate(instances, startElapsed)} 个/秒）；引擎全部就绪 {startEngineElapsed.TotalSeconds:N1} 秒");
            Console.WriteLine($"办理 {decisions.Count} 个决定：{decideElapsed.TotalSeconds:N1} 秒，吞吐 {LatencyTable.Rate(decisions.Count, decideElapsed)} 个/秒（每个打开 {runs[0].Next.Count} 个并行步骤）；失败 {failures}；引擎全部跟上 {engineElapsed.TotalSeconds:N1} 秒（{LatencyTable.Rate(decisions.Count, engineElapsed)} 个/秒）");
            EngineStoreCalls.Print("发起到引擎就绪", startCalls, instances);
            EngineStoreCalls.Print("办理到引擎跟上", decideCalls, decisions.Count);
            using var process = Process.GetCurrentProcess();
            Console.WriteLine($"进程峰值内存 {process.PeakWorkingSet64 / 1048576.0:N0} MB；机器负载（1/5/15 分钟平均）开始时 {loadAtStart}，结束时 {LoadAverage()}，{Environment.ProcessorCount} 核");
        }

        await Measure.StopAsync(app);
    }

    /// <summary>Other work on the machine changes these numbers: the load average says how much there was (Linux).</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "未知";

    private static async Task<List<ProjectRow>> BenchmarkProjectsAsync(ApiSession admin, int count)
    {
        var projects = new List<ProjectRow>();
        for (var page = 1; projects.Count < count; page++)
        {
            var items = (await admin.GetJsonAsync<Page<ProjectRow>>($"/api/reserve/projects?search=基准项目&regime=Approval&pageSize=200&page={page}")).Items;
            if (items.Count == 0)
            {
                throw new InvalidOperationException($"只找到 {projects.Count} 个基准项目，需要 {count} 个。");
            }

            projects.AddRange(items);
        }

        return projects.Take(count).ToList();
    }

    private static async Task<(List<Run> Runs, List<(Guid Id, long Sent, long Answered)> Spans, TimeSpan Elapsed, Dictionary<string, Dictionary<Guid, long>> Engine, TimeSpan EngineElapsed)> StartAllAsync(
        ApiSession admin, DatabaseOptions database, List<ProjectRow> projects)
    {
        var runs = new ConcurrentBag<Run>();
        var spans = new ConcurrentBag<(Guid, long, long)>();
        var firstCodes = new ConcurrentDictionary<Guid, string>();
        await using var watch = new EngineWatch(database,
            (Created, (id, keys) => keys.Contains(EngineWatch.Workflow(id))),
            (Ready, (id, keys) => keys.Contains(EngineWatch.Awaited(id, firstCodes[id]))));
        watch.Start();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(projects, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (project, ct) =>
        {
            var sent = Stopwatch.GetTimestamp();
            using var response = await admin.PostAsync("/api/approvals/instances", new { projectId = project.Id });
            var instance = await response.ReadJsonAsync<InstanceRow>(HttpStatusCode.Created);
            var answered = Stopwatch.GetTimestamp();
            var first = instance.Steps.Single(s => s.State == "Pending");
            firstCodes[instance.Id] = first.Code;
            watch.Watch(instance.Id);
            spans.Add((instance.Id, sent, answered));
            runs.Add(new Run(instance.Id, first, instance.Steps.Where(s => s.Prerequisites.SequenceEqual([first.Code])).Select(s => s.Code).ToList()));
        });
        var elapsed = Stopwatch.GetElapsedTime(started);
        await watch.WaitForAllAsync(projects.Count, EngineTimeout);
        var engine = new Dictionary<string, Dictionary<Guid, long>> { [Created] = watch.Seen(Created), [Ready] = watch.Seen(Ready) };
        return ([.. runs], [.. spans], elapsed, engine, Stopwatch.GetElapsedTime(started, engine[Ready].Values.Max()));
    }

    private static async Task<(IReadOnlyDictionary<Guid, Decision> Decisions, int Failures, TimeSpan Elapsed, Dictionary<string, Dictionary<Guid, long>> Engine, TimeSpan EngineElapsed)> DecideAllAsync(
        ApiSession approver, DatabaseOptions database, List<Run> runs)
    {
        var next = runs.ToDictionary(r => r.InstanceId, r => r);
        var decisions = new ConcurrentDictionary<Guid, Decision>();
        var failures = 0;
        // caught up: the decided step's decision consumed, every step it opened awaited by the engine
        await using var watch = new EngineWatch(database,
            (Delivered, (id, keys) => keys.Contains(EngineWatch.Event(id, next[id].First.Code))),
            (CaughtUp, (id, keys) => !keys.Contains(EngineWatch.Awaited(id, next[id].First.Code)) && next[id].Next.All(code => keys.Contains(EngineWatch.Awaited(id, code)))));
        watch.Start();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(runs, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (run, ct) =>
        {
            var decision = new Decision { Sent = Stopwatch.GetTimestamp() };
            decisions[run.InstanceId] = decision;
            watch.Watch(run.InstanceId);
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/approvals/steps/{run.First.Id}/decisions")
            {
                Content = JsonContent.Create(new { decision = "Approve", comment = "同意", concurrencyStamp = run.First.ConcurrencyStamp }),
            };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            using var response = await approver.Client.SendAsync(request, ct);
            decision.Answered = Stopwatch.GetTimestamp();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Interlocked.Increment(ref failures);
                Console.Error.WriteLine($"办理失败 HTTP {(int)response.StatusCode}：{await response.Content.ReadAsStringAsync(ct)}");
                return;
            }

            // what a department user refreshing the instance sees: the opened steps pending (read until they are)
            while (true)
            {
                var instance = await approver.GetJsonAsync<InstanceRow>($"/api/approvals/instances/{run.InstanceId}");
                if (run.Next.All(code => instance.Steps.Single(s => s.Code == code).State == "Pending"))
                {
                    decision.Visible = Stopwatch.GetTimestamp();
                    break;
                }

                await Task.Delay(10, ct);
            }
        });
        var elapsed = Stopwatch.GetElapsedTime(started);
        await watch.WaitForAllAsync(runs.Count - failures, EngineTimeout);
        var engine = new Dictionary<string, Dictionary<Guid, long>> { [Delivered] = watch.Seen(Delivered), [CaughtUp] = watch.Seen(CaughtUp) };
        var answered = decisions.Where(d => d.Value.Visible != 0).ToDictionary(d => d.Key, d => d.Value);
        return (answered, failures, elapsed, engine, Stopwatch.GetElapsedTime(started, engine[CaughtUp].Values.Max()));
    }
}
