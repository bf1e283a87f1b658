using System.Collections.Concurrent;
using SpinGlass.Analysis.Exact.Enumeration;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Analysis.Experiments.Exact;

/// <summary>
/// Runs an <see cref="ExactDefinition"/>: each disorder sample of each model point is enumerated once
/// (<see cref="ExactSolver"/>) for all its temperatures, and every (model, T) point takes its row. Thermal averages are
/// exact; the errors are those of the disorder average over samples (none for a fixed instance). <c>binder_g</c> is
/// <c>½(3 − [⟨q⁴⟩]/[⟨q²⟩]²)</c> from the disorder averages [·], its error by the jackknife over samples.
/// </summary>
/// <remarks>
/// The points of one model point share its enumerations through a memo keyed by (model point, sample), each entry
/// dropped once every temperature has taken its row: the enumeration is a pure function of the sample's disorder,
/// drawn from its own stream (seed, model point, sample, "disorder"), so results do not depend on threads or on which
/// point computes it. Katzgraber, Körner and Young, Phys. Rev. B 73, 224432 (2006) for g.
/// </remarks>
public sealed class ExactExperiment : Experiment<ExactDefinition, ExactPoint, ExactTrial>
{
    private readonly ConcurrentDictionary<(int Model, int Sample), Shared> _memo = new();
    private readonly int[] _temperatures;

    /// <summary>Creates the experiment.</summary>
    public ExactExperiment(ExactDefinition definition)
        : base(definition, definition.Points, definition.Trials, Declared)
    {
        _temperatures = new int[definition.Models.Count];
        foreach (var point in definition.Points)
        {
            _temperatures[point.Model]++;
        }
    }

    /// <summary>The declared outputs, in column order.</summary>
    public static OutputSet<ExactDefinition, ExactPoint, ExactTrial> Declared { get; } = new();

    /// <summary>Spins N.</summary>
    public static Output N { get; } = Declared.Coordinate("N", "spins N", p => p.N, OutputKind.Integer);

    /// <summary>Linear size L of a lattice instance (0 otherwise).</summary>
    public static Output L { get; } = Declared.Coordinate("L", "linear size L of an ea instance (0 for other models)", p => p.L, OutputKind.Integer);

    /// <summary>Temperature.</summary>
    public static Output T { get; } = Declared.Coordinate("T", "temperature T = 1/β", p => p.T);

    /// <summary>Energy per spin.</summary>
    public static Output Energy { get; } = Declared.Mean("energy", "exact energy per spin ⟨E⟩/N (mean over disorder samples ± standard error)", (_, t) => t.Row.Energy);

    /// <summary>Specific heat per spin.</summary>
    public static Output SpecificHeat { get; } = Declared.Mean(
        "specific_heat", "exact specific heat per spin β²(⟨E²⟩ − ⟨E⟩²)/N (0 at T = 0; mean over samples)", (_, t) => t.Row.SpecificHeat);

    /// <summary>⟨|m|⟩.</summary>
    public static Output AbsMagnetization { get; } = Declared.Mean(
        "abs_magnetization", "exact ⟨|m|⟩, m = (1/N) Σ_i s_i (mean over samples)", (_, t) => t.Row.AbsMagnetization);

    /// <summary>⟨q²⟩ of two replicas.</summary>
    public static Output Q2 { get; } = Declared.Mean(
        "q2", "exact ⟨q²⟩ of two independent replicas, q = (1/N) Σ_i s_i t_i (mean over samples; empty without overlaps)", (_, t) => t.Row.Q2);

    /// <summary>⟨q⁴⟩ of two replicas.</summary>
    public static Output Q4 { get; } = Declared.Mean("q4", "exact ⟨q⁴⟩ of two independent replicas (mean over samples)", (_, t) => t.Row.Q4);

    /// <summary>The Binder ratio of the overlap.</summary>
    public static Output BinderG { get; } = Declared.Estimate(
        "binder_g", "g = ½(3 − [⟨q⁴⟩]/[⟨q²⟩]²) from the disorder averages, jackknife over samples", (_, _, trials) =>
        {
            double[] q2 = [.. trials.Select(t => t.Row.Q2)], q4 = [.. trials.Select(t => t.Row.Q4)];
            return trials.Count == 1
                ? new Estimate(trials[0].Row.BinderG, double.NaN)
                : Jackknife.Estimate(q2, q4, (a, b) => 0.5 * (3 - (b / (a * a))));
        });

    /// <summary>P(q) averaged over samples, at q = 1, 1 − 2/N, …, −1.</summary>
    public static PayloadKey<double[]> Overlap { get; } = Declared.Payload(
        "overlap_distribution", "P(q) at q = 1 − 2d/N, d = 0 … N, averaged over samples (empty without overlaps)", (_, _, trials) =>
        {
            int length = trials[0].Row.OverlapDistribution.Length;
            return Enumerable.Range(0, length).Select(d => trials.Average(t => t.Row.OverlapDistribution[d])).ToArray();
        });

    /// <summary>Ground states, minima and density of states of every sample (kept with the model's first point only).</summary>
    public static PayloadKey<ExactSample[]> Samples { get; } = Declared.Payload<ExactSample[]>(
        "samples", "per sample: ground energy, degeneracy, local minima and the density of states (with each model's first point)", (d, p, trials) =>
            d.Points.First(q => q.Model == p.Model) != p
                ? []
                : [.. trials.Select(t => new ExactSample(
                    t.Sample, t.Solution.GroundEnergy, t.Solution.GroundDegeneracy, t.Solution.LocalMinimaCount, [.. t.Solution.Minima], [.. t.Solution.Histogram]))]);

    /// <inheritdoc />
    protected override double TrialCost(ExactPoint point) => Math.Pow(2, point.N) / _temperatures[point.Model];

    /// <inheritdoc />
    protected override ExactTrial RunTrial(ExactPoint point, TrialContext context)
    {
        var shared = _memo.GetOrAdd((point.Model, context.Trial), key => new Shared(new Lazy<ExactSolution>(() => Solve(key.Model, key.Sample, context.Cancellation))));
        var solution = shared.Solution.Value;
        if (Interlocked.Increment(ref shared.Taken) == _temperatures[point.Model])
        {
            _memo.TryRemove(new KeyValuePair<(int, int), Shared>((point.Model, context.Trial), shared));
        }

        context.Record("enumeration", solution.Engine);
        int row = Definition.Points.Where(p => p.Model == point.Model).TakeWhile(p => p != point).Count();
        return new ExactTrial(solution, solution.Rows[row], context.Trial);
    }

    private ExactSolution Solve(int model, int sample, CancellationToken cancellation)
    {
        var source = Definition.Models[model];
        var disorder = TrialContext.Stream(Definition.Seed, model, sample, "disorder");
        var sourced = source.Create(disorder);
        double[] betas = [.. Definition.Points.Where(p => p.Model == model).Select(p => p.Beta)];
        return ExactSolver.Solve(PairwiseForm.Of(sourced), betas, new ExactOptions(Definition.Overlaps), sourced.Patterns, cancellation);
    }

    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(report);
        ExactReport.Write(Definition, points, report);
    }

    private sealed class Shared(Lazy<ExactSolution> solution)
    {
        public int Taken;

        public Lazy<ExactSolution> Solution { get; } = solution;
    }
}
