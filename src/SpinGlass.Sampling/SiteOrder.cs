namespace SpinGlass.Sampling;

/// <summary>The order in which asynchronous rules visit sites within a sweep.</summary>
public enum SiteOrder
{
    /// <summary>N uniformly random sites (with replacement) per sweep. The default.</summary>
    Random,

    /// <summary>Sites 0, 1, …, N−1 in turn.</summary>
    Sequential,

    /// <summary>
    /// Lattices only: every site with an even coordinate sum in index order, then every odd one. On a periodic lattice
    /// of even L the two sublattices do not interact, so each half-sweep can be done in parallel (the fast lattice
    /// samplers of <see cref="Lattice"/> do exactly this).
    /// </summary>
    Checkerboard,
}
