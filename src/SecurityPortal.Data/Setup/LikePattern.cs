namespace SecurityPortal.Data.Setup;

/// <summary>
/// "Contains" searches with LIKE that treat %, _ and \ in the user's text literally, the same way on
/// SQLite and SQL Server (both honour an explicit escape character).
/// </summary>
public static class LikePattern
{
    public const string EscapeCharacter = "\\";

    public static string Containing(string text) =>
        "%" + text.Trim()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
