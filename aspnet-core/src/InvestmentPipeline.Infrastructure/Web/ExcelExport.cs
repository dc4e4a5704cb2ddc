using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs;

namespace InvestmentPipeline.Infrastructure.Web;

/// <summary>Lists exported as .xlsx with Chinese column headers, as users keep them in Excel.</summary>
public static class ExcelExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>An export is capped so that one click cannot pull a whole table into memory.</summary>
    public const int MaxRows = 50_000;

    public static async Task<FileContentHttpResult> FileAsync(
        IEnumerable<IDictionary<string, object?>> rows, string sheetName, string fileName, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: sheetName, cancellationToken: cancellationToken);
        return TypedResults.File(stream.ToArray(), ContentType, fileName);
    }

    public static RouteHandlerBuilder ProducesExcel(this RouteHandlerBuilder builder) =>
        builder.Produces<Stream>(StatusCodes.Status200OK, ContentType);
}
