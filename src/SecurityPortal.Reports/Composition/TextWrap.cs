namespace SecurityPortal.Reports.Composition;

/// <summary>
/// Breaks text into lines that fit a width, at spaces where it can and inside a word only when the word alone is
/// wider than the line (a SHA-256, a long address). Line breaks in the text are kept. Pure, given a measure.
/// </summary>
public static class TextWrap
{
    public static IReadOnlyList<string> Lines(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (measure(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (measure(line) > width && line.Length > 1)
                {
                    var fits = Fitting(line, width, measure);
                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>How many leading characters of <paramref name="word"/> fit (at least one, so wrapping always ends).</summary>
    private static int Fitting(string word, double width, Func<string, double> measure)
    {
        var count = 1;
        while (count < word.Length && measure(word[..(count + 1)]) <= width)
        {
            count++;
        }

        return count;
    }
}
