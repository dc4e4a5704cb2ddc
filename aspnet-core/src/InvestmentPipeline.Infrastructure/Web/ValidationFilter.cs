using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace InvestmentPipeline.Infrastructure.Web;

/// <summary>
/// Validates every request DTO (DataAnnotations with Chinese messages, plus IValidatableObject)
/// before the handler runs; field names come back camelCase, as the client sent them.
/// </summary>
public sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, List<string>>();
        foreach (var argument in context.Arguments)
        {
            if (argument is null || !IsRequestDto(argument.GetType()))
            {
                continue;
            }

            var results = new List<ValidationResult>();
            Validator.TryValidateObject(argument, new ValidationContext(argument), results, validateAllProperties: true);
            foreach (var result in results)
            {
                foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
                {
                    var key = JsonNamingPolicy.CamelCase.ConvertName(member);
                    if (!errors.TryGetValue(key, out var list))
                    {
                        errors[key] = list = [];
                    }

                    list.Add(result.ErrorMessage ?? "取值无效");
                }
            }
        }

        if (errors.Count > 0)
        {
            return ProblemResults.Invalid(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        return await next(context);
    }

    /// <summary>Request bodies are the app's `…Request` types; services injected into handlers are never validated.</summary>
    private static bool IsRequestDto(Type type) =>
        type.Namespace?.StartsWith("InvestmentPipeline", StringComparison.Ordinal) == true
        && type.Name.EndsWith("Request", StringComparison.Ordinal);
}
