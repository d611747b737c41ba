using System.Text;

namespace SecurityPortal.Web.Api;

/// <summary>A CSV as a download, UTF-8 with a byte-order mark so spreadsheets read non-ASCII names correctly.</summary>
public static class CsvDownload
{
    public static IResult File(string csv, string fileName) =>
        Results.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], "text/csv; charset=utf-8", fileName);
}
