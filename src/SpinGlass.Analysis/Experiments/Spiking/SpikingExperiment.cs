using SpinGlass.Analysis.Statistics;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Learning;
using SpinGlass.Models.Spiking;
using SpinGlass.Sampling.Spiking;
using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Analysis.Experiments.Spiking;

/// <summary>
/// Runs a <see cref="SpikingDefinition"/>: per trial a fresh set of random patterns of coding level a, learned by the rule
/// (<see cref="LearnedNetwork"/>) and turned into the weights of 0/1 units (<see cref="SpikingWeights"/>); pattern 1 is cued
/// (<see cref="SparseCue"/>) as an input current and the spiking network (<see cref="SpikingNetwork"/>) runs on; spike counts
/// give the overlap, rates and ISI statistics (<see cref="SpikingRecall"/>). The binary network with the same couplings
/// relaxes at T = 0 from the same cue. The report adds <c>raster.csv</c> (the first point's first trial) and <c>overlaps.csv</c> (first trial of each point)
/// and the charts: raster, m_μ(t), and retrieval and overlap of both networks against α (or the cue noise).
/// </summary>
/// <remarks>
/// Gerstner, Kistler, Naud, Paninski, <i>Neuronal Dynamics</i> (Cambridge 2014), ch. 17.2–17.3: attractor memories of
/// spiking neurons with sparse patterns, covariance weights <c>w_ij ∝ Σ_μ (ξ^μ_i − b)(ξ^μ_j − a)</c> and global inhibition.
/// Tsodyks and Feigel'man, Europhys. Lett. 6, 101 (1988): the covariance rule stores <c>α_c ≈ 1/(2a|ln a|)</c> sparse patterns.
/// </remarks>
public sealed class SpikingExperiment(SpikingDefinition definition)
    : Experiment<SpikingDefinition, SpikingPoint, SpikingTrial>(definition, definition.Points, definition.Trials, Declared)
{
    /// <summary>How many patterns the overlap trace and the raster follow (the cued one first).</summary>
    public const int TracedPatterns = 5;

    /// <summary>The <c>raster.csv</c> columns.</summary>
    public static IReadOnlyList<string> RasterColumns { get; } = ["N", "p", "alpha", "noise", "t_ms", "neuron", "row"];

    /// <summary>The <c>overlaps.csv</c> columns.</summary>
    public static IReadOnlyList<string> OverlapColumns { get; } = ["N", "p", "alpha", "noise", "t_ms", "mu", "m"];

    /// <summary>The declared outputs, in column order.</summary>
    public static OutputSet<SpikingDefinition, SpikingPoint, SpikingTrial> Declared { get; } = new();

    /// <summary>Number of neurons N.</summary>
    public static Output N { get; } = Declared.Coordinate("N", "number of neurons", p => p.N, OutputKind.Integer);

    /// <summary>Stored patterns p.</summary>
    public static Output P { get; } = Declared.Coordinate("p", "stored patterns", p => p.P, OutputKind.Integer);

    /// <summary>Load α = p/N.</summary>
    public static Output Alpha { get; } = Declared.Coordinate("alpha", "load α = p/N", p => p.Alpha);

    /// <summary>Cue noise.</summary>
    public static Output Noise { get; } = Declared.Coordinate("noise", "fraction of the cued pattern's active units moved to silent units in the cue", p => p.Noise);

    /// <summary>Overlap with the cued pattern over the final stretch.</summary>
    public static Output Overlap { get; } = Declared.Mean(
        "overlap", "overlap m = (f − a_μ)/(1 − a_μ) with the cued pattern from the spike counts of the final `measure` ms (f: fraction of the spikes fired by the pattern's units; 1 = only they fire, 0 = all alike)", (_, t) => t.Recall.Overlap);

    /// <summary>Fraction of recalls that end at overlap ≥ the retrieval overlap.</summary>
    public static Output RetrievalRate { get; } = Declared.Rate(
        "retrieval_rate", "fraction of recalls whose final overlap reaches retrieval_overlap", (d, t) => t.Recall.Overlap >= d.Protocol.RetrievalOverlap);

    /// <summary>Rate of the cued pattern's units.</summary>
    public static Output RateHz { get; } = Declared.Mean("rate_hz", "mean firing rate (Hz) of the cued pattern's active units over the final stretch", (_, t) => t.Recall.RateHz);

    /// <summary>Mean CV of the ISIs.</summary>
    public static Output CvIsi { get; } = Declared.Estimate(
        "cv_isi", "mean coefficient of variation σ/⟨ISI⟩ of the inter-spike intervals over the final stretch (neurons with ≥ 3 intervals; trials with none left out)",
        (_, _, trials) => FiniteMean(trials, t => t.Recall.CvIsi), hasError: false);

    /// <summary>Rate of the other units.</summary>
    public static Output BackgroundRateHz { get; } = Declared.Mean(
        "background_rate_hz", "mean firing rate (Hz) of the units outside the cued pattern over the final stretch", (_, t) => t.Recall.BackgroundRateHz);

    /// <summary>Time to retrieval.</summary>
    public static Output RetrievalTime { get; } = Declared.Estimate(
        "retrieval_time_ms", "time (ms from cue onset) at the end of the first trace window whose overlap reaches retrieval_overlap, over the trials that reach it (empty when none does)",
        (_, _, trials) => FiniteMean(trials, t => t.Recall.RetrievalTime));

    /// <summary>The cue's own overlap.</summary>
    public static Output CueOverlap { get; } = Declared.Mean("cue_overlap", "overlap of the cue itself with the cued pattern (1 − noise/(1 − a))", (_, t) => t.CueOverlap);

    /// <summary>Overlap of the binary network.</summary>
    public static Output BinaryOverlap { get; } = Declared.Mean(
        "binary_overlap", "overlap of the binary network (same couplings, T = 0 dynamics from the same cue) at its fixed point", (_, t) => t.BinaryOverlap);

    /// <summary>Retrieval rate of the binary network.</summary>
    public static Output BinaryRetrievalRate { get; } = Declared.Rate(
        "binary_retrieval_rate", "fraction of the binary network's recalls that reach retrieval_overlap", (d, t) => t.BinaryOverlap >= d.Protocol.RetrievalOverlap);

    /// <summary>The first trial's overlap trace: rows <c>[t, m_1, …, m_k]</c>, the cued pattern first.</summary>
    public static PayloadKey<double[][]> Trace { get; } = Declared.Payload(
        "trace", "first trial: rows [t_ms, m_1, …] of the windowed overlaps with the first traced patterns (the cued one first)", (_, _, trials) => TraceOf(trials[0].Recall));

    /// <summary>The first trial's raster.</summary>
    public static PayloadKey<SpikingRaster> Raster { get; } = Declared.Payload(
        "raster", "first trial: every spike, neurons sorted by pattern membership", (_, _, trials) => trials[0].Raster!);

    /// <summary>Tsodyks–Feigel'man's estimate <c>α_c ≈ 1/(2a|ln a|)</c> of the covariance rule's capacity for sparse patterns.</summary>
    public static double SparseCapacity(double a) => 1 / (2 * a * Math.Abs(Math.Log(a)));

    /// <inheritdoc />
    protected override double TrialCost(SpikingPoint point)
    {
        double steps = Definition.Protocol.Duration / Definition.Protocol.Dt;
        return ((double)point.N * point.N * (point.P + 1)) + (steps * point.N * 4);
    }

    /// <inheritdoc />
    protected override SpikingTrial RunTrial(SpikingPoint point, TrialContext context)
    {
        var patterns = Definition.Learning.RandomPatterns(context, point.N, point.P);
        var network = LearnedNetwork.Learn(patterns, Definition.Learning.Rule, Definition.Learning.Settings);
        context.Record("memory", $"{LearnedNetwork.RuleName(network.Rule)}, {LearnedNetwork.PathName(network.Path)}; spiking: dense 0/1 weights, one column per spike");
        var weights = SpikingWeights.From(network);
        var target = patterns.Pattern(0);
        var cue = new sbyte[point.N];
        SparseCue.Swap(target, point.Noise, context.Stream("cue"), cue);
        var spiking = new SpikingNetwork(weights, Definition.Neurons, Definition.Drive, Definition.Protocol.Dt, context.Stream("escape-noise"));
        context.Record("neurons", Definition.Neurons.Model == NeuronModel.Lif ? "lif, fixed step" : "srm escape noise, fixed step");
        bool first = context.Trial == 0;
        var recall = SpikingRecall.Run(spiking, patterns, 0, cue, Definition.Protocol, TracedPatterns, first, context.Cancellation);
        var state = network.CreateState(cue);
        context.Run(state, Definition.Binary, double.PositiveInfinity, static () => { }, context.Stream("binary"));
        double cueOverlap = SpikingRecall.Overlap(target, Activity(cue));
        double binaryOverlap = SpikingRecall.Overlap(target, Activity(state.Spins));
        return first
            ? new SpikingTrial(recall, cueOverlap, binaryOverlap, SortedRaster(patterns, recall))
            : new SpikingTrial(recall with { Times = [], Trace = [], Raster = [] }, cueOverlap, binaryOverlap, null);
    }

    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(report);
        if (Definition.Learning.Rule == LearningRule.Covariance && Definition.Coding < 0.5)
        {
            report.Derive("alpha_c_sparse_theory", new DerivedValue(SparseCapacity(Definition.Coding), null, null, "Tsodyks & Feigel'man 1988, 1/(2a|ln a|), a → 0"));
        }

        foreach (var p in points.Where(p => p[N] == 1000 && p[P] == 5 && Math.Abs(p[Noise] - 0.1) < 1e-12))
        {
            report.Derive("overlap_N1000_p5_noise0.1", new DerivedValue(p[Overlap], p.Error(Overlap), 0.9, "issue 16: retrieval from a 10 % cue with overlap ≥ 0.9"));
        }

        report.Table("raster.csv", SpikingTables.Raster(points));
        report.Table("overlaps.csv", SpikingTables.Overlaps(points));
        if (points.Count == 0)
        {
            return;
        }

        report.Chart("spiking_raster", () => SpikingCharts.RasterPlot(Definition, points[0]));
        report.Chart("spiking_overlaps", () => SpikingCharts.Overlaps(Definition, points[0]));
        report.Chart("spiking_retrieval", () => SpikingCharts.Retrieval(Definition, points));
        report.Chart("spiking_overlap", () => SpikingCharts.OverlapAgainstLoad(Definition, points));
    }

    private static double[] Activity(ReadOnlySpan<sbyte> spins)
    {
        var activity = new double[spins.Length];
        for (int i = 0; i < spins.Length; i++)
        {
            activity[i] = spins[i] > 0 ? 1 : 0;
        }

        return activity;
    }

    private static Estimate FiniteMean(IReadOnlyList<SpikingTrial> trials, Func<SpikingTrial, double> value)
    {
        var finite = trials.Where(t => double.IsFinite(value(t))).ToArray();
        return finite.Length == 0 ? new Estimate(double.NaN, double.NaN) : TrialStatistics.Mean(finite, value);
    }

    private static double[][] TraceOf(SpikingRecallResult recall) =>
        [.. recall.Times.Select((t, w) => (double[])[t, .. recall.Trace[w]])];

    private static SpikingRaster SortedRaster(PatternSet patterns, SpikingRecallResult recall)
    {
        int n = patterns.N, traced = Math.Min(TracedPatterns, patterns.P);
        var group = Enumerable.Repeat(traced, n).ToArray();
        for (int mu = traced - 1; mu >= 0; mu--)
        {
            var pattern = patterns.Pattern(mu);
            for (int i = 0; i < n; i++)
            {
                group[i] = pattern[i] > 0 ? mu : group[i];
            }
        }

        var order = Enumerable.Range(0, n).OrderBy(i => group[i]).ThenBy(i => i).ToArray();
        var row = new int[n];
        for (int r = 0; r < n; r++)
        {
            row[order[r]] = r;
        }

        var groups = new int[traced + 1];
        foreach (int g in group)
        {
            groups[g]++;
        }

        return new SpikingRaster(
            [.. recall.Raster.Select(s => s.Time)], [.. recall.Raster.Select(s => row[s.Neuron])], [.. recall.Raster.Select(s => s.Neuron)], groups);
    }
}
