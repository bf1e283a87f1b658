using SpinGlass.Sampling;
using SpinGlass.Sampling.Tempering;

namespace SpinGlass.Analysis.Experiments.SpinGlasses;

/// <summary>
/// The <c>spin-glass</c> experiment: parallel tempering of an energy model (SK, Edwards–Anderson, a couplings file …)
/// over a temperature ladder, with independent replicas per temperature for the overlap q, disorder-averaged over the
/// trials (one disorder sample each).
/// </summary>
/// <param name="Sizes">The model of each size (point order: sizes outer, temperatures inner).</param>
/// <param name="Temperatures">The ladder T_1 &lt; … &lt; T_K, all &gt; 0.</param>
/// <param name="Replicas">Independent ladders per disorder sample (≥ 2): the overlaps are taken between them.</param>
/// <param name="Rule">Metropolis or Glauber.</param>
/// <param name="Protocol">Thermalisation and measured sweeps, and sweeps between exchange rounds.</param>
/// <param name="Trials">Disorder samples per size.</param>
/// <param name="CriticalTemperature">The literature T_c beside the g crossings, or null (SK: 1 regardless).</param>
/// <param name="CriticalTemperatureSource">Where <paramref name="CriticalTemperature"/> comes from.</param>
public sealed record SpinGlassDefinition(
    IReadOnlyList<ModelSource> Sizes,
    IReadOnlyList<double> Temperatures,
    int Replicas,
    UpdateRule Rule,
    TemperingProtocol Protocol,
    int Trials,
    double? CriticalTemperature = null,
    string? CriticalTemperatureSource = null)
{
    /// <summary>The points: every temperature of every size, sizes outer.</summary>
    public IReadOnlyList<SpinGlassPoint> Points { get; } = [.. Sizes.SelectMany((source, s) => Temperatures.Select((t, k) =>
        new SpinGlassPoint(s, source.N, source.L, k, t, 1 / t)))];
}
