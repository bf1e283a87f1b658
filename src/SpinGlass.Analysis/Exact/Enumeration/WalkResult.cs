namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>What the integer or real enumeration hands back to <see cref="ExactSolver"/>, energies in the model's units.</summary>
internal sealed record WalkResult(
    double GroundEnergy,
    long GroundDegeneracy,
    MinimaBuffer Minima,
    IReadOnlyList<ThermalRow> Rows,
    IReadOnlyList<EnergyLevel> Histogram,
    string Engine,
    double TrackedFinalEnergy,
    double Tolerance);
