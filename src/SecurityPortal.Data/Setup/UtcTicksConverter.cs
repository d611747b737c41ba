using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SecurityPortal.Data.Setup;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as its UTC ticks: exact to 100 ns, orderable in SQLite.
/// Values come back in UTC, which is how the portal keeps all instants.
/// </summary>
public sealed class UtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
