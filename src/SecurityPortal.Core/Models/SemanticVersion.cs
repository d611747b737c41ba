using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SecurityPortal.Core.Models;

/// <summary>
/// A model version number under Semantic Versioning 2.0: <c>MAJOR.MINOR.PATCH[-pre.release][+build]</c>.
/// Build metadata is kept for display but, as the specification says, ignored when ordering.
/// </summary>
public sealed record SemanticVersion(int Major, int Minor, int Patch, string? PreRelease = null, string? Build = null)
    : IComparable<SemanticVersion>
{
    public static SemanticVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a semantic version such as 1.4.0 or 2.0.0-rc.1.");

    public static bool TryParse(string? text, [NotNullWhen(true)] out SemanticVersion? version)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100)
        {
            return false;
        }

        var rest = text.Trim();
        string? build = null;
        var plus = rest.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            build = rest[(plus + 1)..];
            rest = rest[..plus];
            if (!Identifiers(build, numericRules: false))
            {
                return false;
            }
        }

        string? preRelease = null;
        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            preRelease = rest[(dash + 1)..];
            rest = rest[..dash];
            if (!Identifiers(preRelease, numericRules: true))
            {
                return false;
            }
        }

        var parts = rest.Split('.');
        if (parts.Length != 3 || !Number(parts[0], out var major) || !Number(parts[1], out var minor) || !Number(parts[2], out var patch))
        {
            return false;
        }

        version = new SemanticVersion(major, minor, patch, preRelease, build);
        return true;
    }

    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var core = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (core != 0)
        {
            return core;
        }

        // A pre-release sorts before its release; otherwise compare identifier by identifier.
        return (PreRelease, other.PreRelease) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => ComparePreRelease(PreRelease!, other.PreRelease!),
        };
    }

    public override string ToString() =>
        $"{Major}.{Minor}.{Patch}{(PreRelease is null ? string.Empty : "-" + PreRelease)}{(Build is null ? string.Empty : "+" + Build)}";

    private static int ComparePreRelease(string left, string right)
    {
        var a = left.Split('.');
        var b = right.Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var aNumeric = long.TryParse(a[i], NumberStyles.None, CultureInfo.InvariantCulture, out var an);
            var bNumeric = long.TryParse(b[i], NumberStyles.None, CultureInfo.InvariantCulture, out var bn);
            var order = (aNumeric, bNumeric) switch
            {
                (true, true) => an.CompareTo(bn),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(a[i], b[i]),
            };
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static bool Number(string part, out int value)
    {
        value = 0;
        return part.Length > 0
            && (part.Length == 1 || part[0] != '0')
            && part.All(char.IsAsciiDigit)
            && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool Identifiers(string text, bool numericRules) =>
        text.Length > 0 && text.Split('.').All(identifier =>
            identifier.Length > 0
            && identifier.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            && !(numericRules && identifier.Length > 1 && identifier[0] == '0' && identifier.All(char.IsAsciiDigit)));

    public static bool operator <(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) >= 0;
}
