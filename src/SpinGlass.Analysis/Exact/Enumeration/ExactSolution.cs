namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>Everything an exact enumeration of one instance found.</summary>
/// <param name="N">The number of spins.</param>
/// <param name="GroundEnergy">The lowest energy.</param>
/// <param name="GroundDegeneracy">How many configurations have it.</param>
/// <param name="LocalMinimaCount">How many configurations no single flip lowers (ground states included).</param>
/// <param name="Rows">Thermal averages, one per β as asked.</param>
/// <param name="Minima">The local minima kept (at most <see cref="ExactOptions.MaxMinima"/>), by energy.</param>
/// <param name="Histogram">The density of states.</param>
/// <param name="Engine">What ran: the integer or floating walk and the vector width.</param>
/// <param name="TrackedFinalEnergy">The energy the walk tracked incrementally at its last configuration.</param>
/// <param name="DirectFinalEnergy">The same configuration's energy summed from scratch.</param>
public sealed record ExactSolution(
    int N,
    double GroundEnergy,
    long GroundDegeneracy,
    long LocalMinimaCount,
    IReadOnlyList<ThermalRow> Rows,
    IReadOnlyList<LocalMinimum> Minima,
    IReadOnlyList<EnergyLevel> Histogram,
    string Engine,
    double TrackedFinalEnergy,
    double DirectFinalEnergy);
