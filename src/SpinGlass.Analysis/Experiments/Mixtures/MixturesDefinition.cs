using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.Mixtures;

/// <summary>
/// The <c>mixtures</c> experiment: start at the symmetric mixture sgn(ξ¹ + … + ξⁿ) of n stored patterns and follow
/// it with zero-temperature (T = 0) or heat-bath dynamics.
/// </summary>
/// <param name="Points">The (N, p, n, T) points in output order.</param>
/// <param name="Rule">Update rule at T &gt; 0 (T = 0 always relaxes with the zero-temperature rule).</param>
/// <param name="Protocol">Thermalisation and measurement sweeps at T &gt; 0; at T = 0 <c>Measure</c> bounds the relaxation.</param>
/// <param name="Trials">Independent pattern sets per point.</param>
/// <param name="Coding">Spin (the default; the mean-field theory's units) or Hopfield 1982's binary neurons.</param>
public sealed record MixturesDefinition(IReadOnlyList<MixturePoint> Points, UpdateRule Rule, RunProtocol Protocol, int Trials, NeuronCoding Coding = NeuronCoding.Spin);
