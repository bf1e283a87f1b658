using System.Globalization;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Sequences;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.Sequence;

/// <summary>
/// Runs a <see cref="SequenceDefinition"/>: a fresh random sequence per trial, the network started at ξ¹, one filter
/// step after every sweep, and the overlaps followed by a <see cref="SequenceFollower"/>. The report adds
/// <c>traces.csv</c> (the first trial's m_μ(t) per point) and derived thresholds: for the stepping network swept in α,
/// <c>alpha_c</c> where the completed rate falls through ½ (beside DCS's 0.269); for a dwelling network swept in λ,
/// <c>lambda_c</c> where it rises through ½ (beside the symmetric strength a, the p ≪ N threshold).
/// </summary>
/// <remarks>
/// Amari, IEEE Trans. Comput. C-21, 1197 (1972); Sompolinsky and Kanter, Phys. Rev. Lett. 57, 2861 (1986);
/// Kleinfeld, PNAS 83, 9469 (1986); Düring, Coolen and Sherrington, J. Phys. A 31, 8607 (1998); Hopfield, PNAS 79,
/// 2554 (1982), Eq. 13.
/// </remarks>
public sealed class SequenceExperiment : Experiment<SequenceDefinition, SequencePoint, SequenceTrial>
{
    private static readonly string[] TraceKeys = ["N", "p", "alpha", "lambda", "delay", "T", "t"];

    /// <summary>Creates the experiment.</summary>
    /// <exception cref="ArgumentException">An energy-based rule (metropolis), or a sequence shorter than two patterns.</exception>
    public SequenceExperiment(SequenceDefinition definition)
        : base(Validated(definition), definition.Points, definition.Trials, Declared)
    {
    }

    /// <summary>The declared outputs, in column order.</summary>
    public static OutputSet<SequenceDefinition, SequencePoint, SequenceTrial> Declared { get; } = new();

    /// <summary>Number of neurons N.</summary>
    public static Output N { get; } = Declared.Coordinate("N", "number of neurons", p => p.N, OutputKind.Integer);

    /// <summary>Sequence length p.</summary>
    public static Output P { get; } = Declared.Coordinate("p", "sequence length p", p => p.P, OutputKind.Integer);

    /// <summary>Load α = p/N.</summary>
    public static Output Alpha { get; } = Declared.Coordinate("alpha", "load α = p/N", p => p.Alpha);

    /// <summary>Transition strength λ.</summary>
    public static Output Lambda { get; } = Declared.Coordinate("lambda", "strength λ of the transition term", p => p.Lambda);

    /// <summary>Filter time constant τ in sweeps.</summary>
    public static Output Delay { get; } = Declared.Coordinate("delay", "time constant τ of the filter, in sweeps", p => p.Delay, OutputKind.Integer);

    /// <summary>Temperature.</summary>
    public static Output T { get; } = Declared.Coordinate("T", "temperature", p => p.T);

    /// <summary>Fraction of trials that followed the sequence for the whole run.</summary>
    public static Output CompletedRate { get; } = Declared.Rate("completed_rate", "fraction of trials that followed the sequence for the whole run", (_, t) => t.Completed);

    /// <summary>Correct transitions per trial.</summary>
    public static Output Transitions { get; } = Declared.Mean("transitions", "correct transitions before the first error", (_, t) => t.Transitions);

    /// <summary>Dwell time per pattern in sweeps, over the trials with at least one full dwell.</summary>
    public static Output DwellTime { get; } = Declared.Estimate(
        "dwell_time", "sweeps between successive transitions (mean over trials with at least one full dwell)",
        (_, _, trials) => TrialStatistics.Mean([.. trials.Where(t => double.IsFinite(t.DwellTime))], t => t.DwellTime));

    /// <summary>The Sompolinsky–Kanter / Kleinfeld dwell time (see <see cref="DwellTheory"/>).</summary>
    public static Output DwellTimeTheory { get; } = Declared.Theory("dwell_time_theory", "T = 0 dwell time: 1 (stepping), τ (delay) or τ(a + λ)/(2λ) (step kernel)", DwellTheory);

    /// <summary>Overlap with the current pattern over the second half of the run.</summary>
    public static Output Overlap { get; } = Declared.Mean("overlap", "overlap with the current pattern over the second half of the run", (_, t) => t.Overlap);

    /// <summary>Düring–Coolen–Sherrington stationary overlap of the stepping network (see <see cref="StationaryOverlap"/>).</summary>
    public static Output OverlapTheory { get; } = Declared.Theory("overlap_theory", "Düring–Coolen–Sherrington stationary m(α, T/λ) of the stepping network", StationaryOverlap);

    /// <summary>The first trial's m_1 … m_k at t = 0 … sweeps (k = min(p, <see cref="SequenceDefinition.TracedPatterns"/>)).</summary>
    public static PayloadKey<double[][]> Trace { get; } = Declared.Payload(
        "trace", "the first trial's overlaps m_1 … m_k at t = 0 … sweeps", (_, _, trials) => trials.FirstOrDefault(t => t.Trace is not null)?.Trace ?? []);

    /// <inheritdoc />
    protected override double TrialCost(SequencePoint point)
    {
        return (double)point.N * point.P * (Definition.Sweeps + 1) * (Definition.Symmetric == 0 ? 2 : 3);
    }

    /// <inheritdoc />
    protected override SequenceTrial RunTrial(SequencePoint point, TrialContext context)
    {
        var patterns = context.RandomPatterns(point.N, point.P);
        var network = new SequenceNetwork(patterns, Definition.Symmetric, point.Lambda, Definition.Kernel, point.Delay, Definition.Cyclic);
        var state = (SequenceState)network.CreateState(patterns.Pattern(0));
        var follower = new SequenceFollower(point.P, Definition.Cyclic, Definition.Stepping, Definition.RecallOverlap, Definition.Sweeps);
        var trace = context.Trial == 0 ? new List<double[]>(Definition.Sweeps + 1) : null;
        int traced = Math.Min(point.P, SequenceDefinition.TracedPatterns);
        var m = new double[point.P];
        void Observe()
        {
            var overlaps = state.Overlaps;
            for (int mu = 0; mu < m.Length; mu++)
            {
                m[mu] = (double)overlaps[mu] / point.N;
            }

            follower.Observe(m);
            trace?.Add(m[..traced]);
        }

        Observe();
        context.Run(state, Definition.Protocol, point.Beta, Observe);
        return new SequenceTrial(follower.Completed, follower.Transitions, follower.DwellTime, follower.Overlap, trace?.ToArray());
    }

    /// <summary>
    /// The T = 0 dwell time: 1 step for the stepping network; τ for a pure delay and τ(a + λ)/(2λ) for a step kernel
    /// when λ exceeds the symmetric strength a (Sompolinsky–Kanter, Kleinfeld, in units of a); NaN otherwise.
    /// </summary>
    public static double DwellTheory(SequenceDefinition definition, SequencePoint point)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(point);
        if (definition.Stepping)
        {
            return 1;
        }

        if (point.T > 0 || definition.Symmetric <= 0)
        {
            return double.NaN;
        }

        double lambda = point.Lambda / definition.Symmetric;
        return definition.Kernel switch
        {
            SequenceKernel.Delay => SequenceTheory.DwellTime(SequenceDelayKernel.PureDelay, point.Delay, lambda),
            SequenceKernel.Step => SequenceTheory.DwellTime(SequenceDelayKernel.Step, point.Delay, lambda),
            _ => double.NaN,
        };
    }

    /// <summary>
    /// The Düring–Coolen–Sherrington stationary overlap m(α, T) of the stepping network (temperature in units of λ);
    /// NaN for other networks or where recall is lost.
    /// </summary>
    public static double StationaryOverlap(SequenceDefinition definition, SequencePoint point)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(point);
        return definition.Stepping && point.Lambda > 0 ? SequenceTheory.RecallOverlap(point.Alpha, point.T / point.Lambda) : double.NaN;
    }

    /// <summary><c>traces.csv</c>: per point, the first trial's m_1 … m_k at every t (k = min(p, 32); empty beyond a point's p).</summary>
    public static ResultTable Traces(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        int width = points.Count == 0 ? 0 : points.Max(p => p.Payload(Trace) is { Length: > 0 } trace ? trace[0].Length : 0);
        var table = new ResultTable([.. TraceKeys.Concat(Enumerable.Range(1, width).Select(mu => string.Create(CultureInfo.InvariantCulture, $"m_{mu}")))]);
        foreach (var p in points)
        {
            var trace = p.Payload(Trace);
            for (int t = 0; t < trace.Length; t++)
            {
                var row = new object[7 + width];
                row[0] = (int)p[N];
                row[1] = (int)p[P];
                row[2] = p[Alpha];
                row[3] = p[Lambda];
                row[4] = (int)p[Delay];
                row[5] = p[T];
                row[6] = t;
                for (int mu = 0; mu < width; mu++)
                {
                    row[7 + mu] = mu < trace[t].Length ? trace[t][mu] : double.NaN;
                }

                table.Add(row);
            }
        }

        return table;
    }

    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(report);
        Derive(points, report);
        report.Table("traces.csv", Traces(points));
        var axis = SequenceAxes.Horizontal(Definition, points);
        if (axis is not null)
        {
            report.Chart("completed_rate", () => SequenceCharts.CompletedRate(Definition, points, axis));
            if (points.Any(p => double.IsFinite(p[DwellTime])) && !Definition.Stepping)
            {
                report.Chart("dwell_time", () => SequenceCharts.DwellTime(Definition, points, axis));
            }

            if (Definition.Stepping || axis.Name == "alpha")
            {
                report.Chart("overlap", () => SequenceCharts.Overlap(Definition, points, axis));
            }
        }

        foreach (int index in SequenceAxes.TracedPoints(points.Count))
        {
            var point = points[index];
            report.Chart(points.Count == 1 ? "traces" : string.Create(CultureInfo.InvariantCulture, $"traces_{index + 1}"), () => SequenceCharts.Traces(Definition, point));
        }
    }

    private static SequenceDefinition Validated(SequenceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Rule is not (UpdateRule.Synchronous or UpdateRule.ZeroTemperature or UpdateRule.Glauber))
        {
            throw new ArgumentException(
                "Sequence networks have asymmetric couplings and no energy: use synchronous, zero-temperature or glauber dynamics.",
                nameof(definition));
        }

        if (definition.Points.Any(p => p.P < 2))
        {
            throw new ArgumentException("A sequence needs at least two patterns.", nameof(definition));
        }

        return definition;
    }

    private static double? Finite(double error) => double.IsFinite(error) ? error : null;

    private void Derive(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        if (Definition.Stepping)
        {
            const string Dcs = "Düring, Coolen & Sherrington 1998 (T = 0)";
            report.Derive("alpha_c_theory", new DerivedValue(SequenceTheory.CriticalLoad, Source: Dcs));
            report.Derive("overlap_at_alpha_c_theory", new DerivedValue(SequenceTheory.CriticalOverlap, Source: Dcs));
            foreach (var (suffix, curve) in SequenceAxes.Curves(Definition, points, Alpha))
            {
                var rates = CurveCrossing.RateCurve([.. curve.Select(p => p[Alpha])], [.. curve.Select(p => p[CompletedRate])], Definition.Trials);
                if (CurveCrossing.FindLevel(rates, 0.5) is (double alpha, double error))
                {
                    bool zeroT = curve[0][T] == 0;
                    report.Derive("alpha_c" + suffix, new DerivedValue(alpha, Finite(error), zeroT ? SequenceTheory.CriticalLoad : null, zeroT ? Dcs : null));
                }
            }
        }
        else if (Definition.Symmetric > 0)
        {
            const string Sk = "Sompolinsky & Kanter 1986 (delayed term: λ > a for p ≪ N, T = 0)";
            foreach (var (suffix, curve) in SequenceAxes.Curves(Definition, points, Lambda))
            {
                // the completed rate rises with λ: find where −rate falls through −½
                var rates = CurveCrossing.RateCurve([.. curve.Select(p => p[Lambda])], [.. curve.Select(p => -p[CompletedRate])], Definition.Trials);
                if (CurveCrossing.FindLevel(rates, -0.5) is (double lambda, double error))
                {
                    bool referenced = curve[0][T] == 0 && Definition.Kernel != SequenceKernel.None;
                    report.Derive("lambda_c" + suffix, new DerivedValue(lambda, Finite(error), referenced ? Definition.Symmetric : null, referenced ? Sk : null));
                }
            }
        }
    }
}
