namespace SpinGlass.Analysis.Experiments;

/// <summary>What a <see cref="ChainProtocol"/> run did.</summary>
/// <param name="Sweeps">Sweeps made.</param>
/// <param name="Measurements">Times the measurement was called.</param>
/// <param name="Converged">True when a zero-temperature relaxation ended at a fixed point.</param>
public readonly record struct ProtocolOutcome(int Sweeps, int Measurements, bool Converged);
