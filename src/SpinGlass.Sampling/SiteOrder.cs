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

    /// <summary>
    /// Image grids, zero-temperature rule only: the sites in rows of <see cref="Dynamics.RowWidth"/> (row-major, top to
    /// bottom); each row's sites decide together from the state at the start of the row (<c>s_i ← sgn(h_i)</c>, a zero
    /// field keeps the spin), then flip together. Rows are updated one after another, each seeing the rows above as
    /// they were just left: synchronous within a row, asynchronous between rows, as in the seeds' dense-memory demo
    /// ("Update (Row at a time)"). Draws no random numbers.
    /// </summary>
    Rows,

    /// <summary>
    /// Every site once per sweep, in a fresh uniformly random order (a Fisher–Yates shuffle from the chain's stream, N − 1
    /// draws, before the sweep's updates), as neurodynex and hopfieldnetwork sweep.
    /// </summary>
    Permutation,
}
