namespace SecurityPortal.Core.Common;

/// <summary>
/// One page of a list, as every paged list of the portal answers it (pages, the API): pages are counted
/// from 1, <see cref="Total"/> is the count of the whole filtered list.
/// </summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>The paging rules every list shares.</summary>
public static class Paging
{
    /// <summary>How many items come before <paramref name="page"/>.</summary>
    public static int Skip(int page, int pageSize) => (page - 1) * pageSize;

    /// <summary>Records a field error for a page before 1 or a size outside 1..<paramref name="maxPageSize"/>.</summary>
    public static void Check(FieldErrors errors, int page, int pageSize, int maxPageSize)
    {
        if (page < 1)
        {
            errors.Add("page", "Pages start at 1.");
        }

        if (pageSize < 1 || pageSize > maxPageSize)
        {
            errors.Add("pageSize", $"pageSize is between 1 and {maxPageSize}.");
        }
    }
}
