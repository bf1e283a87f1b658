using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Experiments.Trajectory;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.Retrieval;

/// <summary>
/// Runs a <see cref="RetrievalDefinition"/>: noise robustness of associative recall. Success, overlap, Hamming
/// distance and sweeps per cue noise; for fixed images, the first cue of each image is kept for the gallery. An explicit
/// cue (<see cref="RetrievalDefinition.Cue"/>) starts every trial, scored against its target, whose first trial is kept.
/// </summary>
/// <remarks>Hopfield, PNAS 79, 2554 (1982); the seeds' letter experiment (A–E in N = 100).</remarks>
public sealed class RetrievalExperiment(RetrievalDefinition definition)
    : Experiment<RetrievalDefinition, RetrievalPoint, RetrievalTrial>(definition, definition.Points, definition.Trials, Declared)
{
    /// <summary>The declared outputs, in column order.</summary>
    public static OutputSet<RetrievalDefinition, RetrievalPoint, RetrievalTrial> Declared { get; } = new();

    /// <summary>Number of neurons N.</summary>
    public static Output N { get; } = Declared.Coordinate("N", "number of neurons", p => p.N, OutputKind.Integer);

    /// <summary>Stored patterns p.</summary>
    public static Output P { get; } = Declared.Coordinate("p", "stored patterns", p => p.P, OutputKind.Integer);

    /// <summary>Fraction of cue bits corrupted.</summary>
    public static Output Noise { get; } = Declared.Coordinate("noise", "fraction of cue bits corrupted (exactly round(noise·N) bits)", p => p.Noise);

    /// <summary>Temperature.</summary>
    public static Output T { get; } = Declared.Coordinate("T", "temperature", p => p.T);

    /// <summary>Fraction of recalls whose overlap reaches success_overlap.</summary>
    public static Output SuccessRate { get; } = Declared.Rate("success_rate", "fraction of recalls with m ≥ success_overlap", (d, t) => t.Overlap >= d.SuccessOverlap - 1e-12);

    /// <summary>Overlap with the cued pattern.</summary>
    public static Output Overlap { get; } = Declared.Mean("overlap", "overlap m with the cued pattern (final at T = 0, time average at T > 0)", (_, t) => t.Overlap);

    /// <summary>Hamming distance of the final state to the cued pattern.</summary>
    public static Output Hamming { get; } = Declared.Mean("hamming", "bits of the final state that differ from the cued pattern", (_, t) => t.Hamming);

    /// <summary>Mean sweeps made.</summary>
    public static Output Sweeps { get; } = Declared.Average("sweeps", "sweeps made", (_, t) => t.Sweeps);

    /// <summary>The gallery examples: the first cue of each fixed image with its recalled state (none for random patterns).</summary>
    public static PayloadKey<RetrievalTrial[]> Examples { get; } = Declared.Payload(
        "examples", "the first cue of each fixed image and the state it recalled (gallery)", (_, _, trials) => trials.Where(t => t.Cue is not null).Select(t => t with { Trace = null }).ToArray());

    /// <summary>E/N and m after every sweep of the first <see cref="EnergyTraces.Trials"/> trials (trajectories.csv).</summary>
    public static PayloadKey<EnergyTrace[]> Trajectories { get; } = Declared.Payload(
        EnergyTraces.PayloadName, "energy per neuron E/N and overlap with the cued pattern on the cue and after every sweep, first 3 trials (trajectories.csv)",
        (_, _, trials) => EnergyTraces.Of(trials.Select(t => t.Trace)));

    /// <inheritdoc />
    protected override double TrialCost(RetrievalPoint point)
    {
        return (double)point.N * point.P * (double.IsPositiveInfinity(point.Beta) ? 5 : Definition.Dynamics.Thermalize + Definition.Dynamics.Measure);
    }

    /// <inheritdoc />
    protected override RetrievalTrial RunTrial(RetrievalPoint point, TrialContext context)
    {
        var rng = context.Random;
        var memory = Definition.Memory;
        var patterns = Definition.Images?.Patterns ?? memory.RandomPatterns(context, point.N, point.P);
        context.Record("patterns", patterns.Engine);
        int target = Definition.Cue?.Target ?? (Definition.Images is null ? 0 : context.Trial % patterns.P);
        var network = memory.Build(patterns, Definition.Coding, context);
        var pattern = patterns.Pattern(target).ToArray();
        var cue = Definition.Cue is { } given ? Cues.Flip(given.Spins, point.Noise, rng)
            : Definition.Erase ? Cues.Mask(pattern, point.Noise)
            : Cues.Flip(pattern, point.Noise, rng);
        var state = network.CreateState(cue);
        var trace = EnergyTraces.For(context, () => state.Energy / point.N, () => memory.Overlap(state.Spins, pattern));
        trace?.Record();
        double sum = 0;
        var outcome = context.Run(state, Definition.Dynamics, point.Beta, () => sum += memory.Overlap(state.Spins, pattern), afterSweep: trace is null ? null : trace.Record);
        int hamming = Cues.HammingDistance(state.Spins, pattern);
        bool example = Definition.Images is not null && context.Trial < (Definition.Cue is null ? patterns.P : 1);
        return new RetrievalTrial(target, sum / outcome.Measurements, hamming, outcome.Sweeps, example ? cue : null, example ? state.Spins.ToArray() : null)
        {
            Trace = trace?.Finish(context.Trial),
        };
    }

    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        report.Chart("retrieval_success", () => RetrievalCharts.VersusNoise(points, "Recall success", "success rate", SuccessRate));
        report.Chart("retrieval_overlap", () => RetrievalCharts.VersusNoise(points, "Overlap after recall", "m", Overlap));
        EnergyTraces.Report(points, Declared, Trajectories, report, "sweeps t", "energy per neuron E/N");
        if (Definition.Cue is { } cue && Definition.Images is { } stored)
        {
            // which pattern "overlap", "hamming" and "success_rate" score against, and how near the cue starts to it
            string how = cue.Nearest ? "the stored pattern nearest the cue" : "given";
            report.Derive("cue_target", new DerivedValue(cue.Target + 1, Source: $"{stored.Names[cue.Target]} ({how}; 1-based index)"));
            report.Derive("cue_overlap", new DerivedValue((double)stored.Patterns.Overlap(cue.Target, cue.Spins) / stored.Patterns.N, Source: "overlap m of the given cue with the target"));
        }

        if (Definition.Images is { } images)
        {
            report.Chart("gallery", () => RetrievalGallery.Create(images, points));
            report.Chart("pattern_overlaps", () => RetrievalCharts.PatternOverlaps(images));
        }
    }
}
