namespace SpinGlass.Sampling.Sweeps;

/// <summary>The config names of rules and orders, as engine descriptions spell them.</summary>
internal static class EngineNames
{
    /// <summary><c>"glauber, random order"</c>, <c>"zero-temperature, rows order (width 10)"</c>; a synchronous rule has no order.</summary>
    public static string Of(Dynamics dynamics) => dynamics.Rule == UpdateRule.Synchronous
        ? Of(dynamics.Rule)
        : dynamics.Order == SiteOrder.Rows
            ? $"{Of(dynamics.Rule)}, rows order (width {dynamics.RowWidth})"
            : $"{Of(dynamics.Rule)}, {Of(dynamics.Order)} order";

    /// <summary>metropolis, glauber, zero-temperature, synchronous or wolff.</summary>
    public static string Of(UpdateRule rule) => rule switch
    {
        UpdateRule.Metropolis => "metropolis",
        UpdateRule.Glauber => "glauber",
        UpdateRule.ZeroTemperature => "zero-temperature",
        UpdateRule.Wolff => "wolff",
        _ => "synchronous",
    };

    /// <summary>random, sequential, permutation, checkerboard or rows.</summary>
    public static string Of(SiteOrder order) => order switch
    {
        SiteOrder.Sequential => "sequential",
        SiteOrder.Permutation => "permutation",
        SiteOrder.Checkerboard => "checkerboard",
        SiteOrder.Rows => "rows",
        _ => "random",
    };
}
