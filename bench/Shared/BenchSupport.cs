using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SecurityPortal.Data;
using SecurityPortal.Data.Setup;

// Shared by the benchmarks (compiled into each): plain contexts and the timing table.

/// <summary>Plain contexts (no audit interceptors): the benchmarks measure reads, not seeding.</summary>
internal sealed class BenchContextFactory(DatabaseSettings settings) : IDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext()
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        builder.UsePortalDatabase(settings);
        return new PortalDbContext(builder.Options);
    }
}

internal static class Measure
{
    /// <summary>
    /// Runs each scenario <paramref name="warmups"/> times untimed, then <paramref name="runs"/> times
    /// timed, and prints rows returned and p50/p95/p99 in milliseconds. A scenario gets the run number
    /// (to vary pages) and returns how many rows it produced.
    /// </summary>
    public static async Task ScenariosAsync(IReadOnlyList<(string Name, Func<int, Task<int>> Query)> scenarios, int warmups, int runs)
    {
        var width = scenarios.Max(s => s.Name.Length) + 2;
        Console.WriteLine($"{"scenario".PadRight(width)} {"rows",5} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
        foreach (var (name, query) in scenarios)
        {
            for (var i = 0; i < warmups; i++)
            {
                await query(i);
            }

            var timings = new double[runs];
            var rows = 0;
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                rows = await query(i);
                timings[i] = watch.Elapsed.TotalMilliseconds;
            }

            Array.Sort(timings);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name.PadRight(width)} {rows,5} {timings[runs / 2],8:F2} {timings[(int)(runs * 0.95)],8:F2} {timings[(int)(runs * 0.99)],8:F2}"));
        }

        Console.WriteLine($"managed heap after run: {GC.GetTotalMemory(forceFullCollection: true) / 1024 / 1024} MB");
    }
}
