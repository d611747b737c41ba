using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using SecurityPortal.Bench;

// Sign-in answer times as an outsider sees them, over HTTP against the built portal (Release): an unknown
// account, an existing account with a wrong password (locked after five, as an attacker would leave it),
// and, for scale, a right password. The portal must not tell the first two apart by timing.
const int Warmups = 10;
const int Runs = 200;

await using var portal = await BenchPortal.StartPortalAsync();
var baseAddress = portal.BaseAddress;
const string Password = BenchPortal.DemoPassword;

var scenarios = new (string Name, string Email, string Password)[]
{
    ("unknown account", "nobody-here@demo.local", "Wrong-Passw0rd-123"),
    ("existing account, wrong password (locked after 5)", "lead@demo.local", "Wrong-Passw0rd-123"),
    ("existing account, right password", "staff@demo.local", Password),
};

// Interleaved, so warm-up and background work fall on every scenario alike.
var timings = scenarios.ToDictionary(s => s.Name, _ => new List<double>());
for (var i = 0; i < Warmups + Runs; i++)
{
    foreach (var (name, email, password) in scenarios)
    {
        var elapsed = await TimeSignInAsync(baseAddress, email, password);
        if (i >= Warmups)
        {
            timings[name].Add(elapsed);
        }
    }
}

Console.WriteLine($"{"scenario",-52} {"p50 ms",8} {"p95 ms",8} {"mean ms",8}");
var medians = new Dictionary<string, double>();
foreach (var (name, list) in timings)
{
    list.Sort();
    medians[name] = list[Runs / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-52} {list[Runs / 2],8:F1} {list[(int)(Runs * 0.95)],8:F1} {list.Average(),8:F1}"));
}

var unknown = medians[scenarios[0].Name];
var existing = medians[scenarios[1].Name];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"unknown vs existing (p50): {Math.Abs(unknown - existing) / existing * 100:F1} % apart"));

// Only the form post is timed; loading the form (antiforgery token and cookie) is not.
static async Task<double> TimeSignInAsync(Uri baseAddress, string email, string password)
{
    using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
    using var client = new HttpClient(handler) { BaseAddress = baseAddress };
    var form = await client.GetStringAsync("/account/sign-in");
    var token = Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"").Groups["token"].Value;
    using var body = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["__RequestVerificationToken"] = token,
        ["_handler"] = "sign-in",
    });
    var watch = Stopwatch.StartNew();
    using var response = await client.PostAsync("/account/sign-in", body);
    await response.Content.ReadAsByteArrayAsync();
    return watch.Elapsed.TotalMilliseconds;
}
