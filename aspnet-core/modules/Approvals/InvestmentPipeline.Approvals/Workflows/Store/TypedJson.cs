using System.Collections.Concurrent;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InvestmentPipeline.Approvals.Workflows.Store;

/// <summary>
/// Values the engine keeps as <c>object</c> (workflow data, event data, outcomes, persistence data …) stored with
/// their runtime type, so that the engine can cast them back: <c>{"t": "type, assembly", "v": value}</c>, with
/// nested polymorphic values typed by Json.NET's <c>$type</c>. Only the engine's and our own values are written.
/// </summary>
internal static class TypedJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        DateTimeZoneHandling = DateTimeZoneHandling.RoundtripKind,
        DateParseHandling = DateParseHandling.None,
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    // the engine writes and reads every pointer's values on every pass: name a type and find it once
    private static readonly ConcurrentDictionary<Type, string> Names = new();
    private static readonly ConcurrentDictionary<string, Type> Types = new(StringComparer.Ordinal);

    public static string? Write(object? value)
    {
        if (value is null)
        {
            return null;
        }

        var envelope = new JObject
        {
            ["t"] = Names.GetOrAdd(value.GetType(), type => $"{type.FullName}, {type.Assembly.GetName().Name}"),
            ["v"] = JToken.FromObject(value, Serializer),
        };
        return envelope.ToString(Formatting.None);
    }

    public static object? Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        var envelope = JObject.Load(reader);
        var typeName = envelope.Value<string>("t")!;
        var type = Types.GetOrAdd(typeName, Find);
        return envelope["v"]!.ToObject(type, Serializer);
    }

    /// <summary>Generic and test types are not always found by name alone: then look through the loaded assemblies.</summary>
    private static Type Find(string typeName)
    {
        if (Type.GetType(typeName, throwOnError: false) is { } type)
        {
            return type;
        }

        var fullName = typeName[..typeName.LastIndexOf(',')];
        return AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(fullName, throwOnError: false)).FirstOrDefault(t => t is not null)
            ?? throw new InvalidOperationException($"Stored workflow value of unknown type {typeName}.");
    }
}
