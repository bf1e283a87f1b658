namespace SpinGlass.Sampling;

/// <summary>The outcome of running a chain towards a zero-temperature fixed point.</summary>
/// <param name="Sweeps">Sweeps made.</param>
/// <param name="Converged">True when the final state is a fixed point.</param>
public readonly record struct Relaxation(int Sweeps, bool Converged);
