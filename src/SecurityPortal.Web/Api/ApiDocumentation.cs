using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SecurityPortal.Web.Security;
using SecurityPortal.Web.Security.ApiKeys;

namespace SecurityPortal.Web.Api;

/// <summary>
/// The OpenAPI document integrators learn the API from (<c>/openapi/v1.json</c>, rendered at <c>/api/reference</c>):
/// every <c>/api/v1</c> endpoint, the API-key scheme, the scope each operation needs, and the problem details it can
/// answer with. Built from the endpoints' own metadata, so a new endpoint is documented by being mapped.
/// </summary>
public static class ApiDocumentation
{
    public const string DocumentName = "v1";
    public const string SchemeName = "ApiKey";
    public const string ProblemSchema = "ProblemDetails";

    public static void Configure(OpenApiOptions options)
    {
        // The API only: the people-facing downloads and sign-in forms are not for integrators.
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "SecurityPortal API",
                Version = DocumentName,
                Description = "Model inventory, deployments and rollback, incidents, controls and assessments, audits, training and " +
                    "compliance exports. Every call carries an API key in the `X-Api-Key` header; each operation names the scope the " +
                    "key needs. Errors are RFC 9457 problem details; field errors list each field's messages under `errors`.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.HeaderName,
                Description = "An API key issued on the Admin page (API keys). A key holds scopes; `admin` holds them all.",
            };
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[ProblemSchema] = ProblemDetailsSchema();

            // The areas the operations were grouped into, declared once each, in order.
            var areas = (document.Paths ?? [])
                .SelectMany(path => path.Value.Operations ?? [])
                .SelectMany(operation => (IEnumerable<OpenApiTagReference>?)operation.Value.Tags ?? [])
                .Select(tag => tag.Name)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            document.Tags = new HashSet<OpenApiTag>(areas.Select(name => new OpenApiTag { Name = name }));
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            // Grouped by area (the first segment after /api/v1) rather than all under the assembly's name.
            var area = context.Description.RelativePath?.Split('/') is [_, _, var first, ..] ? first : "api";
            operation.Tags = new HashSet<OpenApiTagReference> { new(Area(area), context.Document) };
            var scopes = Scopes(context.Description.ActionDescriptor.EndpointMetadata);
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = scopes }];
            if (scopes.Count > 0)
            {
                operation.Description = $"{operation.Description}\n\nScope: `{string.Join("` or `", scopes)}` (or `admin`).".TrimStart();
            }

            operation.Responses ??= [];
            foreach (var (status, meaning) in Problems(context.Description))
            {
                if (!operation.Responses.ContainsKey(status))
                {
                    operation.Responses[status] = new OpenApiResponse
                    {
                        Description = meaning,
                        Content = new Dictionary<string, OpenApiMediaType>
                        {
                            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, context.Document) },
                        },
                    };
                }
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>An area's name as the reference groups it: <c>audit-plans</c> → <c>Audit plans</c>.</summary>
    public static string Area(string segment) =>
        segment.Length == 0 ? segment : char.ToUpperInvariant(segment[0]) + segment[1..].Replace('-', ' ');

    /// <summary>The scopes an endpoint's policies name (<c>api:models.read</c> → <c>models.read</c>).</summary>
    public static List<string> Scopes(IEnumerable<object> metadata) =>
        [.. metadata.OfType<IAuthorizeData>()
            .Select(a => a.Policy)
            .Where(p => p is not null && p.StartsWith(ApiPolicies.Prefix, StringComparison.Ordinal) && p != ApiPolicies.AnyClient)
            .Select(p => p![ApiPolicies.Prefix.Length..])
            .Distinct(StringComparer.Ordinal)];

    /// <summary>The problem responses an operation can give: every one may be refused; input and state errors where they apply.</summary>
    public static IEnumerable<(string Status, string Meaning)> Problems(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription description)
    {
        var method = description.HttpMethod ?? "GET";
        var changes = method is "POST" or "PUT" or "PATCH" or "DELETE";
        var takesInput = changes || description.ParameterDescriptions.Any(p => p.Source.Id is "Query" or "Body" or "Form");
        if (takesInput)
        {
            yield return ("400", "Invalid input: the problem's `errors` name each field and what is wrong. Nothing was written.");
        }

        yield return ("401", "No API key, or one that is unknown, revoked or expired.");
        yield return ("403", "The key lacks the scope, or the person it acts for may not do this.");
        if (description.RelativePath?.Contains('{', StringComparison.Ordinal) == true)
        {
            yield return ("404", "No such item, or one the caller may not see.");
        }

        if (changes)
        {
            yield return ("409", "The item changed meanwhile, or its state does not allow this (e.g. a signed-off audit).");
        }

        yield return ("429", "Too many requests from this key; retry after the time in `Retry-After`.");
    }

    private static OpenApiSchema ProblemDetailsSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Field errors: each field's messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };
}
