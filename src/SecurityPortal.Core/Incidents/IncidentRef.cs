using System.Globalization;

namespace SecurityPortal.Core.Incidents;

/// <summary>
/// The reference people quote for an incident, such as <c>INC-2026-0042</c>: the year it was opened and
/// its number within that year, padded to four digits and longer when a year runs past 9999.
/// </summary>
public static class IncidentRef
{
    private const string Prefix = "INC";

    public static string Format(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}-{year:D4}-{number:D4}");
    }

    /// <summary>
    /// Reads a reference in any letter case. Only the spelling <see cref="Format"/> produces is accepted
    /// (no extra leading zeros), so each incident has exactly one reference to search for.
    /// </summary>
    public static bool TryParse(string? text, out int year, out int number)
    {
        year = 0;
        number = 0;
        var parts = text?.Trim().Split('-');
        if (parts is not { Length: 3 }
            || !parts[0].Equals(Prefix, StringComparison.OrdinalIgnoreCase)
            || parts[1].Length != 4
            || !TryReadDigits(parts[1], out var parsedYear)
            || parts[2].Length < 4
            || (parts[2].Length > 4 && parts[2][0] == '0')
            || !TryReadDigits(parts[2], out var parsedNumber)
            || parsedYear == 0
            || parsedNumber == 0)
        {
            return false;
        }

        year = parsedYear;
        number = parsedNumber;
        return true;
    }

    private static bool TryReadDigits(string digits, out int value)
    {
        value = 0;
        return digits.All(char.IsAsciiDigit)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
