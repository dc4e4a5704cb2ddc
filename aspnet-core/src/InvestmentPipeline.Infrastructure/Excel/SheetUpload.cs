using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace InvestmentPipeline.Infrastructure.Excel;

/// <summary>
/// What an import form posts: the workbook, and optionally <c>nameMappings</c>, the user's choices for names the file
/// writes that no department or town has (JSON <c>{"区卫健委": "部门编号"}</c>), used for this import only.
/// </summary>
public sealed class SheetUpload
{
    [FromForm(Name = "file")]
    [Required]
    public IFormFile File { get; init; } = null!;

    [FromForm(Name = "nameMappings")]
    public string? NameMappings { get; init; }

    /// <summary>The mappings, none when the form has none, null when they are not the expected JSON.</summary>
    public IReadOnlyDictionary<string, Guid>? Mappings()
    {
        if (string.IsNullOrWhiteSpace(NameMappings))
        {
            return new Dictionary<string, Guid>();
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, Guid>>(NameMappings);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
