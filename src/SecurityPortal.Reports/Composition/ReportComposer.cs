using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SecurityPortal.Reports.Composition;

/// <summary>
/// Lays a report out on A4 pages from the top down: headings, wrapped paragraphs, key-value blocks, tables that break
/// across pages with their header row repeated, status chips and bar charts. Every page gets the header (the
/// organisation and the report's title) and the footer ("Page X of Y", when it was generated, the document id) once
/// the page count is known; a table of contents with page numbers can open the document. Knows nothing of the
/// portal's entities: each report turns its own read model into calls on this class.
/// </summary>
public sealed class ReportComposer : IDisposable
{
    private const double Margin = 50;
    private const double ContentTop = 96;
    private const double ContentBottom = 780;
    private const double CellPadding = 4;

    // Static fields initialise in order: the resolver must be in place before the first font is made.
    private static readonly bool FontsInstalled = InstallFonts();
    private static readonly XFont Title = Font(16, bold: true);
    private static readonly XFont Subheading = Font(12.5, bold: true);
    private static readonly XFont Body = Font(10);
    private static readonly XFont Strong = Font(10, bold: true);
    private static readonly XFont Small = Font(8);
    private static readonly XColor Muted = XColor.FromArgb(90, 96, 105);
    private static readonly XColor Rule = XColor.FromArgb(200, 204, 210);
    private static readonly XColor HeaderFill = XColor.FromArgb(236, 239, 243);
    private static readonly XColor Accent = XColor.FromArgb(31, 58, 95);

    private readonly PdfDocument _document = new();
    private readonly ReportHeader _header;
    private readonly List<ContentsEntry> _contents = [];
    private XGraphics? _graphics;
    private double _y;
    private bool _finished;

    public ReportComposer(ReportHeader header)
    {
        _header = header;
        ReportMetadata.Write(_document, header);
        NewPage();
    }

    public int PageCount => _document.PageCount;

    /// <summary>The headings and the pages they start on; final once <see cref="Finish"/> has run.</summary>
    public IReadOnlyList<ContentsEntry> Contents => _contents;

    private static double PageWidth => XUnit.FromMillimeter(210).Point;

    private static double Width => PageWidth - (2 * Margin);

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("The report is finished.");

    /// <summary>A heading (level 1 or 2), listed in the table of contents and kept with the lines that follow it.</summary>
    public void Heading(string text, int level = 1)
    {
        var font = level == 1 ? Title : Subheading;
        EnsureRoom((font.Size * 1.5) + (Body.Size * 4));
        _y += level == 1 ? 10 : 6;
        _contents.Add(new ContentsEntry(text, level, _document.PageCount));
        DrawWrapped(text, font, Margin, Width, new XSolidBrush(level == 1 ? Accent : XColors.Black));
        _y += 4;
    }

    public void Paragraph(string text, bool muted = false)
    {
        DrawWrapped(text, muted ? Small : Body, Margin, Width, new XSolidBrush(muted ? Muted : XColors.Black));
        _y += 6;
    }

    /// <summary>Labels on the left, their values beside them, each pair kept on one page.</summary>
    public void KeyValues(IEnumerable<(string Key, string Value)> pairs)
    {
        var keyWidth = Width * 0.32;
        foreach (var (key, value) in pairs)
        {
            var keyLines = Wrap(key, Strong, keyWidth - 8);
            var valueLines = Wrap(value, Body, Width - keyWidth);
            var height = Math.Max(keyLines.Count, valueLines.Count) * LineHeight(Body);
            EnsureRoom(height);
            DrawLines(keyLines, Strong, Margin, new XSolidBrush(Muted), _y);
            DrawLines(valueLines, Body, Margin + keyWidth, XBrushes.Black, _y);
            _y += height + 2;
        }

        _y += 6;
    }

    /// <summary>A table whose rows wrap inside their cells; a row that does not fit starts a new page under a repeated header.</summary>
    public void Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var total = columns.Sum(c => c.Share);
        var widths = columns.Select(c => Width * c.Share / total).ToArray();
        EnsureRoom(RowHeight(columns.Select(c => c.Heading).ToList(), widths, Strong) * 2);
        DrawRow(columns.Select(c => c.Heading).ToList(), widths, Strong, header: true);
        foreach (var row in rows)
        {
            var height = RowHeight(row, widths, Body);
            if (_y + height > ContentBottom)
            {
                NewPage();
                DrawRow(columns.Select(c => c.Heading).ToList(), widths, Strong, header: true);
            }

            DrawRow(row, widths, Body, header: false);
        }

        _y += 10;
    }

    /// <summary>Chips in a row, wrapping to the next line when the row is full.</summary>
    public void Chips(IEnumerable<StatusChip> chips)
    {
        const double height = 16;
        EnsureRoom(height + 4);
        var x = Margin;
        foreach (var chip in chips)
        {
            var width = Graphics.MeasureString(chip.Text, Small).Width + 14;
            if (x + width > Margin + Width)
            {
                x = Margin;
                _y += height + 4;
                EnsureRoom(height + 4);
            }

            var (fill, ink) = Colours(chip.Tone);
            Graphics.DrawRoundedRectangle(new XSolidBrush(fill), x, _y, width, height, 8, 8);
            Graphics.DrawString(chip.Text, Small, new XSolidBrush(ink), new XRect(x, _y, width, height), XStringFormats.Center);
            x += width + 6;
        }

        _y += height + 10;
    }

    /// <summary>A bar chart with each bar's value above it and its label below; the scale starts at 0.</summary>
    public void BarChart(string caption, IReadOnlyList<ChartBar> bars, double? maximum = null)
    {
        const double plotHeight = 130;
        EnsureRoom(plotHeight + 50);
        Graphics.DrawString(caption, Strong, XBrushes.Black, new XPoint(Margin, _y + Strong.Size));
        _y += LineHeight(Strong) + 14;
        var top = maximum ?? Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var baseline = _y + plotHeight;
        Graphics.DrawLine(new XPen(Rule, 0.8), Margin, baseline, Margin + Width, baseline);
        var slot = bars.Count == 0 ? Width : Width / bars.Count;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var height = plotHeight * Math.Clamp(bar.Value / top, 0, 1);
            var x = Margin + (i * slot) + (slot * 0.15);
            var barWidth = slot * 0.7;
            Graphics.DrawRectangle(new XSolidBrush(Accent), x, baseline - height, barWidth, height);
            Graphics.DrawString(bar.Value.ToString("0.#", CultureInfo.InvariantCulture), Small, XBrushes.Black, new XRect(x, baseline - height - 11, barWidth, 10), XStringFormats.Center);
            var labels = Wrap(bar.Label, Small, slot - 2);
            var label = labels.Count > 0 ? labels[0] : string.Empty;
            Graphics.DrawString(label, Small, new XSolidBrush(Muted), new XRect(Margin + (i * slot), baseline + 3, slot, 10), XStringFormats.Center);
        }

        _y = baseline + 24;
    }

    /// <summary>Ends the current page; the next content starts on a new one.</summary>
    public void PageBreak() => NewPage();

    /// <summary>
    /// Draws every page's header and footer, adds the table of contents in front when asked (the headings' page
    /// numbers count it), signs the file when a <paramref name="signature"/> is given, and
    /// returns the PDF. The fonts are embedded as subsets.
    /// </summary>
    public byte[] Finish(bool tableOfContents = false, ReportSignature? signature = null)
    {
        if (_finished)
        {
            throw new InvalidOperationException("The report is already finished.");
        }

        _finished = true;
        _graphics?.Dispose();
        _graphics = null;
        if (tableOfContents && _contents.Count > 0)
        {
            WriteContents();
        }

        var total = _document.PageCount;
        for (var index = 0; index < total; index++)
        {
            using var graphics = XGraphics.FromPdfPage(_document.Pages[index], XGraphicsPdfPageOptions.Append);
            DrawFrame(graphics, index + 1, total);
        }

        signature?.AttachTo(_document);
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private void WriteContents()
    {
        var lineHeight = LineHeight(Body) + 4;
        var perPage = (int)((ContentBottom - ContentTop - 40) / lineHeight);
        var pages = (_contents.Count + perPage - 1) / perPage;
        var shifted = _contents.Select(e => e with { Page = e.Page + pages }).ToList();
        _contents.Clear();
        _contents.AddRange(shifted);
        for (var p = 0; p < pages; p++)
        {
            var page = _document.InsertPage(p);
            page.Size = PdfSharp.PageSize.A4;
            using var graphics = XGraphics.FromPdfPage(page);
            var y = ContentTop;
            if (p == 0)
            {
                graphics.DrawString("Contents", Title, new XSolidBrush(Accent), new XPoint(Margin, y + Title.Size));
                y += 40;
            }

            foreach (var entry in shifted.Skip(p * perPage).Take(perPage))
            {
                var indent = entry.Level == 1 ? 0 : 16;
                var number = entry.Page.ToString(CultureInfo.InvariantCulture);
                var font = entry.Level == 1 ? Strong : Body;
                graphics.DrawString(entry.Text, font, XBrushes.Black, new XPoint(Margin + indent, y + font.Size));
                graphics.DrawString(number, font, XBrushes.Black, new XRect(Margin, y, Width, lineHeight), XStringFormats.TopRight);
                y += lineHeight;
            }
        }
    }

    private void DrawFrame(XGraphics graphics, int page, int total)
    {
        graphics.DrawString(_header.Organisation, Strong, new XSolidBrush(Accent), new XPoint(Margin, 58));
        graphics.DrawString(_header.Title, Body, new XSolidBrush(Muted), new XRect(Margin, 48, Width, 14), XStringFormats.TopRight);
        graphics.DrawLine(new XPen(Rule, 0.8), Margin, 68, Margin + Width, 68);
        graphics.DrawLine(new XPen(Rule, 0.8), Margin, 795, Margin + Width, 795);
        var generated = string.Create(CultureInfo.InvariantCulture, $"Generated {_header.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC · Document {_header.DocumentId}");
        graphics.DrawString(generated, Small, new XSolidBrush(Muted), new XPoint(Margin, 808));
        graphics.DrawString(string.Create(CultureInfo.InvariantCulture, $"Page {page} of {total}"), Small, new XSolidBrush(Muted), new XRect(Margin, 800, Width, 10), XStringFormats.TopRight);
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _y = ContentTop;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > ContentBottom && _y > ContentTop)
        {
            NewPage();
        }
    }

    private void DrawWrapped(string text, XFont font, double x, double width, XBrush brush)
    {
        foreach (var line in Wrap(text, font, width))
        {
            EnsureRoom(LineHeight(font));
            Graphics.DrawString(line, font, brush, new XPoint(x, _y + font.Size));
            _y += LineHeight(font);
        }
    }

    private void DrawLines(IReadOnlyList<string> lines, XFont font, double x, XBrush brush, double top)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            Graphics.DrawString(lines[i], font, brush, new XPoint(x, top + (i * LineHeight(font)) + font.Size));
        }
    }

    private double RowHeight(IReadOnlyList<string> cells, double[] widths, XFont font) =>
        (cells.Select((cell, i) => Wrap(cell, font, widths[i] - (2 * CellPadding)).Count).DefaultIfEmpty(1).Max() * LineHeight(font)) + (2 * CellPadding);

    private void DrawRow(IReadOnlyList<string> cells, double[] widths, XFont font, bool header)
    {
        var height = RowHeight(cells, widths, font);
        if (header)
        {
            Graphics.DrawRectangle(new XSolidBrush(HeaderFill), Margin, _y, Width, height);
        }

        var x = Margin;
        for (var i = 0; i < widths.Length; i++)
        {
            var text = i < cells.Count ? cells[i] : string.Empty;
            DrawLines(Wrap(text, font, widths[i] - (2 * CellPadding)), font, x + CellPadding, XBrushes.Black, _y + CellPadding);
            x += widths[i];
        }

        _y += height;
        Graphics.DrawLine(new XPen(Rule, 0.5), Margin, _y, Margin + Width, _y);
    }

    private IReadOnlyList<string> Wrap(string text, XFont font, double width) =>
        TextWrap.Lines(text, width, candidate => Graphics.MeasureString(candidate, font).Width);

    private static double LineHeight(XFont font) => font.Size * 1.35;

    private static (XColor Fill, XColor Ink) Colours(ChipTone tone) => tone switch
    {
        ChipTone.Good => (XColor.FromArgb(220, 241, 228), XColor.FromArgb(22, 101, 52)),
        ChipTone.Warning => (XColor.FromArgb(254, 240, 199), XColor.FromArgb(133, 77, 14)),
        ChipTone.Bad => (XColor.FromArgb(254, 226, 226), XColor.FromArgb(153, 27, 27)),
        _ => (XColor.FromArgb(233, 236, 240), XColor.FromArgb(55, 65, 81)),
    };

    private static bool InstallFonts()
    {
        PortalFontResolver.Install();
        return true;
    }

    private static XFont Font(double size, bool bold = false) =>
        new(PortalFontResolver.FamilyName, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
}
