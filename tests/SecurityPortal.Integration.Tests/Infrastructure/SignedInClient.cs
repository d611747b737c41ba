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

    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/account/sign-in");
        var token = AntiforgeryField().Match(page).Groups["token"].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "sign-in",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync("/account/sign-in", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
