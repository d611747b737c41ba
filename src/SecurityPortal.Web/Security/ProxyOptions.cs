using System.ComponentModel.DataAnnotations;
using System.Net;

namespace SecurityPortal.Web.Security;

/// <summary>
/// Behind a TLS-terminating proxy or load balancer, from <c>Security:Proxy</c>: the client's address and
/// scheme are taken from <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c>, but only when the request comes
/// from one of the proxies named here. Off by default: anyone could send those headers.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Security:Proxy";

    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies themselves (e.g. <c>10.0.0.4</c>).</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies live in, in CIDR notation (e.g. <c>10.0.0.0/24</c>).</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may add themselves to the header.</summary>
    [Range(1, 10, ErrorMessage = "must be between {1} and {2}")]
    public int ForwardLimit { get; set; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && KnownProxies.Length == 0 && KnownNetworks.Length == 0)
        {
            yield return new ValidationResult(
                "name at least one proxy address or network when forwarded headers are on (anyone could send them otherwise)",
                [nameof(KnownProxies)]);
        }

        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"'{proxy}' is not an IP address", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"'{network}' is not a network in CIDR notation (such as 10.0.0.0/24)", [nameof(KnownNetworks)]);
        }
    }
}
