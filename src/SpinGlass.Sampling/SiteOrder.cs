namespace SpinGlass.Sampling;

/// <summary>The order in which asynchronous rules visit sites within a sweep.</summary>
public enum SiteOrder
{
    /// <summary>N uniformly random sites (with replacement) per sweep. The default.</summary>
    Random,

    /// <summary>Sites 0, 1, …, N−1 in turn.</summary>
    Sequential,
}
