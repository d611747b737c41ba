namespace SecurityPortal.Core.Controls;

/// <summary>
/// One item of a framework: its identifier exactly as the framework writes it (<c>GOVERN 1.6</c>,
/// <c>A.6.2.6</c>, <c>LLM01:2025</c>, <c>Art. 15</c>) and a short title. Titles are our own one-liners or the
/// item's short name; the standards' text stays out of the product.
/// </summary>
public sealed record FrameworkItem(Framework Framework, string Id, string Title)
{
    public FrameworkItemRef Reference => new(Framework, Id);
}
