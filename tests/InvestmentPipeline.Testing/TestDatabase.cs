using Npgsql;

namespace InvestmentPipeline.Testing;

public enum DatabaseKind
{
    Sqlite,
    PostgreSQL,
}

/// <summary>
/// A database that belongs to one test host: a fresh SQLite directory, or a fresh PostgreSQL database on the
/// server named by IP_TEST_POSTGRES (test.sh starts a throw-away cluster and sets it). Dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "IP_TEST_POSTGRES";

    private TestDatabase(DatabaseKind kind, string dataDirectory, string? connectionString, string? databaseName)
    {
        Kind = kind;
        DataDirectory = dataDirectory;
        ConnectionString = connectionString;
        DatabaseName = databaseName;
    }

    public DatabaseKind Kind { get; }

    public string DataDirectory { get; }

    public string? ConnectionString { get; }

    private string? DatabaseName { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "ip-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        if (kind == DatabaseKind.Sqlite)
        {
            return new TestDatabase(kind, dataDirectory, null, null);
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests with ./test.sh, which starts PostgreSQL.");
        var name = "ip_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(kind, dataDirectory, builder.ConnectionString, name);
    }

    public IReadOnlyDictionary<string, string?> Settings => Kind == DatabaseKind.Sqlite
        ? new Dictionary<string, string?> { ["App:DataDirectory"] = DataDirectory, ["Database:Provider"] = "Sqlite" }
        : new Dictionary<string, string?>
        {
            ["App:DataDirectory"] = DataDirectory,
            ["Database:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Default"] = ConnectionString,
            ["ConnectionStrings:Hangfire"] = ConnectionString,
        };

    public async ValueTask DisposeAsync()
    {
        if (DatabaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite files can still be held by a pool for a moment; the temp directory is disposable anyway.
        }
    }
}
