using System.Text.Json;
using System.Text.Json.Nodes;

namespace InvestmentPipeline.Host.Tests;

/// <summary>
/// The Angular client is generated from angular/openapi/v1.json; this keeps that file equal to what the host serves.
/// After an API change run the tests with UPDATE_OPENAPI=1, then `npm run gen:api` in angular/.
/// </summary>
public sealed class OpenApiDocumentTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_document_the_Angular_client_is_generated_from_matches_the_host()
    {
        using var session = app.NewSession();
        var served = JsonNode.Parse(await (await session.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync())!;
        served.AsObject().Remove("servers");
        var text = served.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        var committed = Path.Combine(RepositoryRoot(), "angular", "openapi", "v1.json");

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(committed, text);
        }

        (await File.ReadAllTextAsync(committed)).ReplaceLineEndings("\n").ShouldBe(text, "angular/openapi/v1.json is stale: run the tests with UPDATE_OPENAPI=1 and then npm run gen:api");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InvestmentPipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("InvestmentPipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
