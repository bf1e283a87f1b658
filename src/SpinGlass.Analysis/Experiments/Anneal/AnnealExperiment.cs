using System.Collections.Concurrent;
using System.Globalization;
using SpinGlass.Analysis.Experiments.SpinGlasses;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Annealing;
using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Analysis.Experiments.Anneal;

/// <summary>
/// Runs an <see cref="AnnealDefinition"/>: per trial one instance (for a random model instance k of the point's model, drawn
/// from a stream of (seed, model, trial) and so the same at every budget), one annealing run from a random start on the
/// trial's <c>dynamics</c> stream, its best energy, and success against the ground energy — given, or enumerated once per
/// instance for N ≤ 24.
/// </summary>
/// <remarks>
/// Kirkpatrick, Gelatt and Vecchi, Science 220, 671 (1983). SK: Parisi's ground-state energy per spin
/// e_0 = −0.7633 for N → ∞ (Parisi, J. Phys. A 13, L115 (1980); Crisanti and Rizzo, Phys. Rev. E 65, 046137 (2002));
/// finite N lie above it by ∝ N^{−2/3}.
/// </remarks>
public sealed class AnnealExperiment(AnnealDefinition definition)
    : Experiment<AnnealDefinition, AnnealPoint, AnnealExperiment.Trial>(definition, definition.Points, definition.Trials, Declared)
{
    /// <summary>Parisi's SK ground-state energy per spin for N → ∞.</summary>
    public const double ParisiGroundEnergy = -0.7633;

    // every budget anneals the same instances: enumerate each one once (a few MB even for thousands of trials)
    private readonly ConcurrentDictionary<(int Model, int Trial), Lazy<double>> _targets = new();

    // the purpose word of the instances' streams, apart from the trial's own streams
    private const int DisorderPurpose = 0x5EED_D150;

    /// <summary>The declared outputs, in column order.</summary>
    public static OutputSet<AnnealDefinition, AnnealPoint, Trial> Declared { get; } = new();

    /// <summary>Number of spins N.</summary>
    public static Output N { get; } = Declared.Coordinate("N", "number of spins N", p => p.Source.N, OutputKind.Integer);

    /// <summary>The sweep budget of a run.</summary>
    public static Output Sweeps { get; } = Declared.Coordinate("sweeps", "sweeps one annealing run spends (the schedule stretched over them)", p => p.Sweeps, OutputKind.Integer);

    /// <summary>The lowest energy a run found.</summary>
    public static Output BestEnergy { get; } = Declared.Mean("best_energy", "lowest energy E a run reached (after any sweep), mean over runs", (_, t) => t.BestEnergy);

    /// <summary>The lowest energy per spin a run found.</summary>
    public static Output BestEnergyPerSpin { get; } = Declared.Mean("best_energy_per_spin", "the same per spin, E/N", (_, t) => t.BestEnergy / t.N);

    /// <summary>The fraction of runs that reached the ground energy.</summary>
    public static Output SuccessRate { get; } = Declared.Estimate(
        "success_rate", "fraction of runs whose best energy is within tolerance of the ground energy (empty when it is unknown: N > 24 without target_energy)",
        (d, _, trials) => trials.Any(t => double.IsNaN(t.Target)) ? new Estimate(double.NaN, double.NaN) : TrialStatistics.Mean(trials, t => t.BestEnergy <= t.Target + d.Tolerance ? 1 : 0));

    /// <summary>The ground energy the runs are judged against.</summary>
    public static Output TargetEnergy { get; } = Declared.Mean(
        "target_energy", "ground energy E_0: target_energy, or by enumeration for N ≤ 24 (mean over the instances of a random model); empty when unknown", (_, t) => t.Target);

    /// <summary>The best cut found (max-cut graphs).</summary>
    public static Output BestCut { get; } = Declared.Mean("best_cut", "max-cut graphs: the cut (W − E)/2 of the best configuration, mean over runs; empty for other models", (_, t) => t.BestCut);

    /// <summary>The maximum cut (max-cut graphs with a known ground energy).</summary>
    public static Output MaxCut { get; } = Declared.Average("max_cut", "max-cut graphs: the maximum cut (W − E_0)/2, given or enumerated; empty when unknown", (_, t) => t.MaxCut);

    /// <summary>The energy per spin after the last sweep.</summary>
    public static Output FinalEnergyPerSpin { get; } = Declared.Mean("final_energy_per_spin", "energy per spin after the last sweep (at β_end)", (_, t) => t.FinalEnergy / t.N);

    /// <summary>The acceptance rate over the whole run.</summary>
    public static Output Acceptance { get; } = Declared.Average("acceptance", "fraction of attempted spin updates accepted over the run", (_, t) => t.Acceptance);

    /// <inheritdoc />
    protected override double TrialCost(AnnealPoint point)
    {
        double n = point.Source.N;
        double perSweep = n * (point.Source.Kind is "sk" or "hopfield" ? n : 8);
        // the instances' enumeration, shared by the budgets of a model
        double enumeration = point.Source.IsRandom && Definition.TargetEnergy is null && n <= GroundStateEnumeration.MaxN
            ? Math.Pow(2, n - 1) * n / Points.Count(p => p.Model == point.Model) : 0;
        return (perSweep * point.Sweeps) + enumeration;
    }

    /// <inheritdoc />
    protected override Trial RunTrial(AnnealPoint point, TrialContext context)
    {
        var instance = point.Source.Create(RandomStreams.For(Definition.Seed, point.Model, context.Trial, DisorderPurpose));
        double target = Target(point, instance, context.Trial);
        var random = context.Stream("dynamics");
        var outcome = Definition.Method == AnnealMethod.Tempering
            ? TemperingOptimiser.Run(instance.Model, Definition.BetaStart, Definition.BetaEnd, Definition.Temperatures, point.Sweeps, Definition.Rule, random, context.Cancellation)
            : SimulatedAnnealing.Run(instance.Model.CreateState(RandomStart(instance.Model.N, random)), Definition.ScheduleFor(point.Sweeps), point.Sweeps, Definition.Rule, random, context.Cancellation);
        context.Record("sampler", outcome.Engine);
        double best = instance.Model.Energy(outcome.BestSpins);
        var graph = (point.Source as MaxCutSource)?.Graph;
        return new Trial(
            instance.Model.N, best, outcome.FinalEnergy, target, outcome.AcceptanceRate,
            graph?.Cut(outcome.BestSpins) ?? double.NaN, graph is null || double.IsNaN(target) ? double.NaN : graph.CutOf(target));
    }

    private static sbyte[] RandomStart(int n, Xoshiro256StarStar random)
    {
        var start = new sbyte[n];
        for (int i = 0; i < n; i++)
        {
            start[i] = random.NextSpin();
        }

        return start;
    }

    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(report);
        bool sk = Points.All(p => p.Source.Kind == "sk");
        foreach (var group in Enumerable.Range(0, points.Count).GroupBy(k => Points[k].Source.N))
        {
            // the largest budget of each size: how close annealing came
            int last = group.MaxBy(k => Points[k].Sweeps);
            var record = points[last];
            string size = string.Create(CultureInfo.InvariantCulture, $"N{group.Key}");
            report.Derive($"best_energy_per_spin_{size}", new DerivedValue(
                record[BestEnergyPerSpin], Finite(record.Error(BestEnergyPerSpin)), sk ? ParisiGroundEnergy : Finite(record[TargetEnergy] / group.Key),
                sk ? "Parisi e_0, N → ∞" : double.IsFinite(record[TargetEnergy]) ? "ground energy per spin (target_energy or enumeration)" : null));
            if (double.IsFinite(record[SuccessRate]))
            {
                report.Derive($"success_rate_{size}", new DerivedValue(record[SuccessRate], Finite(record.Error(SuccessRate))));
            }

            if (double.IsFinite(record[BestCut]))
            {
                report.Derive($"best_cut_{size}", new DerivedValue(
                    record[BestCut], Finite(record.Error(BestCut)), Finite(record[MaxCut]), double.IsFinite(record[MaxCut]) ? "maximum cut (target or enumeration)" : null));
            }
        }

        bool graph = Points.All(p => p.Source is MaxCutSource);
        report.Chart(graph ? "best_cut" : "best_energy", () => AnnealCharts.Best(points, graph, sk));
        if (points.Any(p => double.IsFinite(p[SuccessRate])))
        {
            report.Chart("success_rate", () => AnnealCharts.Success(points));
        }
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private double Target(AnnealPoint point, SourcedModel instance, int trial)
    {
        if (Definition.TargetEnergy is { } given)
        {
            return given;
        }

        if (point.Source.N > GroundStateEnumeration.MaxN)
        {
            return double.NaN;
        }

        // a fixed instance is the same in every trial
        var key = (point.Model, point.Source.IsRandom ? trial : 0);
        return _targets.GetOrAdd(key, _ => new Lazy<double>(() => GroundStateEnumeration.Energy(instance))).Value;
    }

    /// <summary>One annealing run.</summary>
    /// <param name="N">The number of spins.</param>
    /// <param name="BestEnergy">The lowest energy reached, computed from its configuration.</param>
    /// <param name="FinalEnergy">The energy after the last sweep.</param>
    /// <param name="Target">The ground energy of the instance, or NaN when unknown.</param>
    /// <param name="Acceptance">The fraction of updates accepted.</param>
    /// <param name="BestCut">The cut of the best configuration (graphs), or NaN.</param>
    /// <param name="MaxCut">The maximum cut (graphs with a known target), or NaN.</param>
    public sealed record Trial(int N, double BestEnergy, double FinalEnergy, double Target, double Acceptance, double BestCut, double MaxCut);
}
