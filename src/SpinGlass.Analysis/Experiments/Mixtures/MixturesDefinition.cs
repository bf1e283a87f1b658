using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.Mixtures;

/// <summary>
/// The <c>mixtures</c> experiment: start at the symmetric mixture sgn(ξ¹ + … + ξⁿ) of n stored patterns and follow
/// it with zero-temperature (T = 0) or heat-bath dynamics.
/// </summary>
/// <param name="Points">The (N, p, n, T) points in output order.</param>
/// <param name="Dynamics">
/// The update rule at T &gt; 0 with its thermalisation and measurement sweeps; T = 0 always relaxes with the
/// zero-temperature rule, for at most <see cref="ChainProtocol.MaxSweeps"/> sweeps.
/// </param>
/// <param name="Trials">Independent pattern sets per point.</param>
/// <param name="Coding">Spin (the default; the mean-field theory's units) or Hopfield 1982's binary neurons.</param>
public sealed record MixturesDefinition(IReadOnlyList<MixturePoint> Points, ChainProtocol Dynamics, int Trials, NeuronCoding Coding = NeuronCoding.Spin);
