using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;

namespace InvestmentPipeline.Benchmarks;

/// <summary>
/// Counts the engine's calls into its store (WorkflowCore's <see cref="IPersistenceProvider"/>), by method, with the
/// time they took: how much database work one decision costs the engine, and where it goes.
/// </summary>
internal sealed class EngineStoreCalls
{
    private readonly ConcurrentDictionary<string, (int Calls, double Milliseconds)> calls = new(StringComparer.Ordinal);

    /// <summary>Wraps the store WorkflowCore registered, keeping its factory.</summary>
    public void Install(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IPersistenceProvider));
        services.Add(ServiceDescriptor.Describe(typeof(IPersistenceProvider), sp => Wrap((IPersistenceProvider)Create(registered, sp)), registered.Lifetime));
    }

    private static object Create(ServiceDescriptor descriptor, IServiceProvider services) =>
        descriptor.ImplementationInstance ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);

    private IPersistenceProvider Wrap(IPersistenceProvider inner)
    {
        var proxy = DispatchProxy.Create<IPersistenceProvider, CountingProxy>();
        ((CountingProxy)(object)proxy).Attach(inner, this);
        return proxy;
    }

    /// <summary>The counts since the last call, and starts counting afresh.</summary>
    public List<(string Method, int Calls, double Milliseconds)> TakeAndReset()
    {
        var taken = calls.Select(c => (c.Key, c.Value.Calls, c.Value.Milliseconds)).OrderByDescending(c => c.Milliseconds).ToList();
        calls.Clear();
        return taken;
    }

    public static void Print(string phase, List<(string Method, int Calls, double Milliseconds)> taken, int per)
    {
        Console.WriteLine($"引擎存储调用（{phase}，按耗时排序；每个 = 除以 {per}）：");
        foreach (var (method, count, milliseconds) in taken)
        {
            Console.WriteLine($"  {LatencyTable.Pad(method, 28)}{count,9} 次{count / (double)per,9:N1} 次/个{milliseconds / 1000,10:N1} 秒{milliseconds / count,9:N1} ms/次");
        }
    }

    private void Record(string method, long started) =>
        calls.AddOrUpdate(method, _ => (1, Stopwatch.GetElapsedTime(started).TotalMilliseconds),
            (_, c) => (c.Calls + 1, c.Milliseconds + Stopwatch.GetElapsedTime(started).TotalMilliseconds));

    /// <summary>Public for DispatchProxy; not used elsewhere.</summary>
    public class CountingProxy : DispatchProxy
    {
        private IPersistenceProvider inner = null!;
        private EngineStoreCalls owner = null!;

        internal void Attach(IPersistenceProvider store, EngineStoreCalls counts) => (inner, owner) = (store, counts);

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            var started = Stopwatch.GetTimestamp();
            object? result;
            try
            {
                result = targetMethod!.Invoke(inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                owner.Record(targetMethod!.Name, started);
                throw e.InnerException;
            }

            if (targetMethod.IsSpecialName)
            {
                return result; // a property such as SupportsScheduledCommands: no database work
            }

            if (result is Task task)
            {
                // recorded on the completing thread: a continuation queued to the busy thread pool would add its wait
                task.ContinueWith(_ => owner.Record(targetMethod.Name, started), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
            else
            {
                owner.Record(targetMethod.Name, started);
            }

            return result;
        }
    }
}
