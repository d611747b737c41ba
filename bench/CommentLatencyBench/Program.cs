using System.Globalization;
using Microsoft.Playwright;
using SecurityPortal.Bench;

// How long a comment takes to reach a second officer's open incident page while N other pages have the
// Incidents list open (0 and 100 by default). The officer comments from one incident page; the administrator
// watches the same incident on another; the lists belong to a third signed-in browser context. Each comment
// is timed in the browsers' shared clock, from the click to the moment the watcher's timeline shows it.
// Usage: dotnet run --project bench/CommentLatencyBench -c Release [-- 0 100]
var counts = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).Order().ToArray() : [0, 100];
const int Rounds = 40;
const int WarmUps = 5;
const string Incident = "/incidents/INC-2026-0001";

await using var portal = await BenchPortal.StartPortalAsync();
using var playwright = await Playwright.CreateAsync();
await using var browser = await BenchBrowser.LaunchAsync(playwright);

var watcher = await (await BenchBrowser.SignedInAsync(browser, portal.BaseAddress, "admin@demo.local")).NewPageAsync();
await watcher.GotoAsync(Incident);
await BenchBrowser.WaitForCircuitAsync(watcher);
// Records when each benchmark comment first appears in the watcher's timeline.
await watcher.EvaluateAsync(@"() => {
    window.benchSeen = {};
    new MutationObserver(() => {
        const timeline = document.querySelector('[data-testid=timeline]');
        for (const text of (timeline?.textContent.match(/bench-comment-[0-9]+-[0-9]+/g) ?? [])) {
            if (!(text in window.benchSeen)) window.benchSeen[text] = Date.now();
        }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
}");

var poster = await (await BenchBrowser.SignedInAsync(browser, portal.BaseAddress, "officer@demo.local")).NewPageAsync();
await poster.GotoAsync(Incident);
await BenchBrowser.WaitForCircuitAsync(poster);
var commentBox = poster.Locator("textarea[data-testid=comment-text], [data-testid=comment-text] textarea").First;

var lists = await BenchBrowser.SignedInAsync(browser, portal.BaseAddress, "officer@demo.local");
var open = new List<IPage>();

Console.WriteLine($"{"list pages open",16} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"server CPU ms per comment",26}");
foreach (var count in counts)
{
    while (open.Count < count)
    {
        var page = await lists.NewPageAsync();
        await page.GotoAsync("/incidents");
        await BenchBrowser.WaitForCircuitAsync(page);
        open.Add(page);
    }

    var latencies = new List<double>();
    var cpuBefore = portal.CpuTime();
    for (var round = 0; round < WarmUps + Rounds; round++)
    {
        var text = $"bench-comment-{count}-{round}";
        await commentBox.FillAsync(text);
        // The box binds on change, as when a person leaves it; the click that follows arrives after it.
        await commentBox.BlurAsync();
        var sentAt = await poster.EvaluateAsync<double>("() => { const t = Date.now(); document.querySelector('[data-testid=add-comment]').click(); return t; }");
        await watcher.WaitForFunctionAsync($"() => window.benchSeen['{text}'] !== undefined", null, new() { Timeout = 60_000 });
        var seenAt = await watcher.EvaluateAsync<double>($"() => window.benchSeen['{text}']");
        // The poster's own page must have taken the comment (and emptied the box) before the next one.
        await Assertions.Expect(commentBox).ToHaveValueAsync(string.Empty);
        if (round >= WarmUps)
        {
            latencies.Add(seenAt - sentAt);
        }
    }

    var cpu = (portal.CpuTime() - cpuBefore).TotalMilliseconds / (WarmUps + Rounds);
    latencies.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{count,16} {Percentile(0.50),8:F0} {Percentile(0.95),8:F0} {Percentile(0.99),8:F0} {cpu,26:F0}"));

    double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * p))];
}
