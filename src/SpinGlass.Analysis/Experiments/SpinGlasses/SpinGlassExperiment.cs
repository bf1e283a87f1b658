using System.Collections.Concurrent;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Sampling;
using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Analysis.Experiments.SpinGlasses;

/// <summary>
/// Runs a <see cref="SpinGlassDefinition"/>: per size and disorder sample, R independent parallel-tempering ladders over
/// the whole temperature ladder (<see cref="SpinGlassSample"/>); each temperature is a point, each disorder sample a trial.
/// </summary>
/// <remarks>
/// <para>The temperatures of a ladder are one simulation: the trial of a size's first temperature (the lead point, which
/// carries the whole cost) runs the sample and keeps it until every temperature of the size has taken its row; its
/// streams are drawn from the lead point's (seed, point, trial), so every temperature reports the same run, whichever
/// point asks first, on any thread, and a resumed or sharded run recomputes exactly the same sample.</para>
/// <para>Disorder averages <c>[·]</c> are over the trials: errors are standard errors over samples, and the Binder ratio
/// <c>g = ½(3 − [⟨q⁴⟩]/[⟨q²⟩]²)</c> is jackknifed over samples. Bhatt and Young, Phys. Rev. Lett. 54, 924 (1985);
/// Katzgraber, Körner and Young, Phys. Rev. B 73, 224432 (2006).</para>
/// </remarks>
public sealed partial class SpinGlassExperiment : Experiment<SpinGlassDefinition, SpinGlassPoint, SpinGlassTrial>
{
    private readonly ConcurrentDictionary<(int Size, int Trial), Shared> _samples = new();

    /// <summary>Creates the experiment.</summary>
    public SpinGlassExperiment(SpinGlassDefinition definition)
        : base(Validated(definition), definition.Points, definition.Trials, Declared)
    {
    }

    /// <summary>The declared outputs, in column order.</summary>
    public static OutputSet<SpinGlassDefinition, SpinGlassPoint, SpinGlassTrial> Declared { get; } = new();

    /// <summary>Spins N.</summary>
    public static Output N { get; } = Declared.Coordinate("N", "spins N", p => p.N, OutputKind.Integer);

    /// <summary>Side length of a lattice instance (0 otherwise).</summary>
    public static Output L { get; } = Declared.Coordinate("L", "side length L of a lattice instance (EA), 0 otherwise", p => p.L, OutputKind.Integer);

    /// <summary>Temperature.</summary>
    public static Output T { get; } = Declared.Coordinate("T", "temperature T of the ladder", p => p.T);

    /// <summary>Energy per spin [⟨e⟩].</summary>
    public static Output Energy { get; } = Declared.Mean(
        "energy", "energy per spin [⟨E⟩]/N: thermal average over replicas and measured sweeps, ± over disorder samples", (_, t) => t.Energy);

    /// <summary>Specific heat per spin [β² N (⟨e²⟩ − ⟨e⟩²)].</summary>
    public static Output SpecificHeat { get; } = Declared.Average(
        "specific_heat", "specific heat per spin [β² N (⟨e²⟩ − ⟨e⟩²)], disorder average of each sample's value", (_, t) => t.SpecificHeat);

    /// <summary>[⟨q²⟩].</summary>
    public static Output Q2 { get; } = Declared.Mean(
        "q2", "[⟨q²⟩], q = (1/N) Σ_i s_i^a s_i^b between replicas at the same T, ± over disorder samples", (_, t) => t.Q2);

    /// <summary>[⟨q⁴⟩].</summary>
    public static Output Q4 { get; } = Declared.Average("q4", "[⟨q⁴⟩], disorder average", (_, t) => t.Q4);

    /// <summary>g = ½(3 − [⟨q⁴⟩]/[⟨q²⟩]²), jackknife over disorder samples.</summary>
    public static Output BinderG { get; } = Declared.Estimate(
        "binder_g", "Binder ratio g = ½(3 − [⟨q⁴⟩]/[⟨q²⟩]²), jackknife over disorder samples", (_, _, trials) =>
            Jackknife.Estimate([.. trials.Select(t => t.Q2)], [.. trials.Select(t => t.Q4)], (q2, q4) => 0.5 * (3 - q4 / (q2 * q2))));

    /// <summary>Acceptance of swaps between T and the next temperature.</summary>
    public static Output ExchangeRate { get; } = Declared.Average(
        "exchange_rate", "acceptance of replica exchanges between T and the next temperature of the ladder (empty at the hottest)", (_, t) => t.ExchangeRate);

    /// <summary>τ_int of the energy.</summary>
    public static Output TauEnergy { get; } = Declared.Average(
        "tau_energy", "integrated autocorrelation time of the energy at T in sweeps (exchanges included), mean over samples", (_, t) => t.TauEnergy);

    /// <summary>The disorder-averaged overlap distribution P(q) (density per bin of <see cref="OverlapBins"/>).</summary>
    public static PayloadKey<double[]> OverlapDistribution { get; } = Declared.Payload(
        "overlap_distribution", "disorder-averaged P(q) as a density over the overlap bins", (_, p, trials) =>
        {
            double width = OverlapBins.Width(p.N);
            return Enumerable.Range(0, OverlapBins.Count(p.N)).Select(b => trials.Average(t => t.Overlaps[b]) / width).ToArray();
        });

    /// <summary>Per sample: the lowest energy per spin found and the round trips of its walkers.</summary>
    public static PayloadKey<double[][]> Instances { get; } = Declared.Payload(
        "instances", "per disorder sample: [lowest energy per spin found, round trips]", (_, _, trials) =>
            trials.Select(t => new[] { t.LowestEnergy, t.RoundTrips }).ToArray());

    /// <inheritdoc />
    protected override double TrialCost(SpinGlassPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        double sweeps = Definition.Protocol.Thermalize + Definition.Protocol.Measure;
        double cost = sweeps * point.N * Definition.Temperatures.Count * Definition.Replicas * (Definition.Sizes[point.Size].Kind == "sk" ? point.N / 8.0 : 1);
        return point.Temperature == 0 ? cost : cost * 1e-6;
    }

    /// <inheritdoc />
    protected override SpinGlassTrial RunTrial(SpinGlassPoint point, TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(context);
        int lead = point.Size * Definition.Temperatures.Count;
        var shared = _samples.GetOrAdd((point.Size, context.Trial), _ => new Shared(Definition.Temperatures.Count));
        var sample = shared.Sample.GetOrCreate(() => SpinGlassSample.Run(
            Definition, Definition.Sizes[point.Size], purpose => context.StreamAt(lead, purpose), context.Cancellation));
        if (Interlocked.Decrement(ref shared.Remaining[0]) == 0)
        {
            _samples.TryRemove((point.Size, context.Trial), out _);
        }

        context.Record("sampler", sample.Engine);
        return sample.Temperatures[point.Temperature];
    }

    private static SpinGlassDefinition Validated(SpinGlassDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Rule is not (UpdateRule.Metropolis or UpdateRule.Glauber))
        {
            throw new ArgumentException("The spin-glass experiment samples equilibrium: use the metropolis or glauber rule.", nameof(definition));
        }

        if (definition.Replicas < 2 || definition.Sizes.Count == 0 || definition.Temperatures.Count == 0)
        {
            throw new ArgumentException("The spin-glass experiment needs at least one size, one temperature and two replicas.", nameof(definition));
        }

        for (int k = 0; k < definition.Temperatures.Count; k++)
        {
            double t = definition.Temperatures[k];
            if (!(t > 0 && double.IsFinite(t)) || (k > 0 && !(t > definition.Temperatures[k - 1])))
            {
                throw new ArgumentException("The ladder's temperatures must be finite, positive and strictly ascending.", nameof(definition));
            }
        }

        return definition;
    }

    /// <summary>A sample shared by the temperatures of its ladder until each has taken its row.</summary>
    private sealed class Shared(int consumers)
    {
        /// <summary>The temperatures still to take their row, in element 0 (a counter for <see cref="Interlocked"/>).</summary>
        public int[] Remaining { get; } = [consumers];

        public Once<SpinGlassSample> Sample { get; } = new();
    }
}
