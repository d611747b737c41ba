using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SecurityPortal.Integration.Tests.Infrastructure;

/// <summary>Signs in through the real sign-in form (antiforgery token and all) and keeps the cookie.</summary>
public static partial class SignedInClient
{
    public static HttpClient Anonymous(PortalFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignInAsync(PortalFactory factory, string email, string? password = null)
    {
        var client = Anonymous(factory);
        var response = await PostSignInAsync(client, email, password ?? PortalFactory.DemoPassword);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed with {(int)response.StatusCode}.");
        }

        return client;
    }

    public static Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password) =>
        PostFormAsync(client, "/account/sign-in", "sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Loads a statically rendered form page and posts its form back, antiforgery token included.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups["token"].Value;
        fields["_handler"] = formName;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
