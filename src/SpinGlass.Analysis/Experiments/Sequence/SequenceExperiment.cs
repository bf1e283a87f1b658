using SpinGlass.Analysis.Statistics;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Models.Sequences;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.Sequence;

/// <summary>
/// Runs a <see cref="SequenceDefinition"/>: a fresh random sequence per trial, the network started at ξ¹, one
/// filter step after every sweep, and the overlaps followed by a <see cref="SequenceFollower"/>.
/// </summary>
/// <remarks>
/// Amari, IEEE Trans. Comput. C-21, 1197 (1972); Sompolinsky and Kanter, Phys. Rev. Lett. 57, 2861 (1986);
/// Kleinfeld, PNAS 83, 9469 (1986); Düring, Coolen and Sherrington, J. Phys. A 31, 8607 (1998); Hopfield, PNAS 79,
/// 2554 (1982), Eq. 13.
/// </remarks>
public sealed class SequenceExperiment : LegacyPointExperiment<SequenceDefinition, SequenceTrial, SequencePointResult>
{
    /// <summary>Creates the experiment.</summary>
    public SequenceExperiment(SequenceDefinition definition)
        : base(definition, d => d.Points.Count, d => d.Trials)
    {
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
    }

    /// <inheritdoc />
    public override double TrialCost(int point)
    {
        var p = Definition.Points[point];
        return (double)p.N * p.P * (Definition.Sweeps + 1) * (Definition.Symmetric == 0 ? 2 : 3);
    }

    /// <inheritdoc />
    public override SequenceTrial RunTrial(int point, int trial, Xoshiro256StarStar rng, CancellationToken cancellation)
    {
        var p = Definition.Points[point];
        var patterns = PatternSet.Random(p.N, p.P, rng);
        var network = new SequenceNetwork(patterns, Definition.Symmetric, p.Lambda, Definition.Kernel, p.Delay, Definition.Cyclic);
        var state = (SequenceState)network.CreateState(patterns.Pattern(0));
        var chain = new MarkovChain(state, new Dynamics(Definition.Rule, p.Beta, Definition.Order), rng);
        var follower = new SequenceFollower(p.P, Definition.Cyclic, Definition.Stepping, Definition.RecallOverlap, Definition.Sweeps);
        var trace = trial == 0 ? new List<double[]>(Definition.Sweeps + 1) : null;
        int traced = Math.Min(p.P, SequenceDefinition.TracedPatterns);
        var m = new double[p.P];
        for (int t = 0; t <= Definition.Sweeps; t++)
        {
            if (t > 0)
            {
                cancellation.ThrowIfCancellationRequested();
                chain.Sweep();
            }

            var overlaps = state.Overlaps;
            for (int mu = 0; mu < m.Length; mu++)
            {
                m[mu] = (double)overlaps[mu] / p.N;
            }

            follower.Observe(m);
            trace?.Add(m[..traced]);
        }

        return new SequenceTrial(follower.Completed, follower.Transitions, follower.DwellTime, follower.Overlap, trace?.ToArray());
    }

    /// <inheritdoc />
    public override SequencePointResult CombineTrials(int point, IReadOnlyList<SequenceTrial> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var p = Definition.Points[point];
        var completed = TrialStatistics.Mean(trials, t => t.Completed ? 1 : 0);
        var transitions = TrialStatistics.Mean(trials, t => t.Transitions);
        var dwell = TrialStatistics.Mean([.. trials.Where(t => double.IsFinite(t.DwellTime))], t => t.DwellTime);
        var overlap = TrialStatistics.Mean(trials, t => t.Overlap);
        return new SequencePointResult(
            p.N, p.P, p.Alpha, p.Lambda, p.Delay, p.T,
            completed.Mean, completed.Error, transitions.Mean, transitions.Error, dwell.Mean, dwell.Error,
            DwellTheory(Definition, p), overlap.Mean, overlap.Error, OverlapTheory(Definition, p),
            trials.FirstOrDefault(t => t.Trace is not null)?.Trace ?? []);
    }

    /// <inheritdoc />
    public override ExperimentOutput Finish(IReadOnlyList<SequencePointResult> points) => SequenceReport.Create(Definition, points);

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
    public static double OverlapTheory(SequenceDefinition definition, SequencePoint point)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(point);
        return definition.Stepping && point.Lambda > 0 ? SequenceTheory.RecallOverlap(point.Alpha, point.T / point.Lambda) : double.NaN;
    }
}
