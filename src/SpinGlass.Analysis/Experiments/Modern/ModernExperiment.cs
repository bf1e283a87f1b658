using System.Globalization;
using SpinGlass.Analysis.Experiments.Trajectory;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Modern;

namespace SpinGlass.Analysis.Experiments.Modern;

/// <summary>
/// Runs a <see cref="ModernDefinition"/>: per trial a stored set (fresh random ±1 patterns, or the fixed images) and a
/// batch of cues — a stored pattern with exactly round(f·d) signs flipped, or round(f·d) components set to 0 — updated
/// by <c>ξ ← X softmax(β Xᵀξ)</c> once (or to convergence) as one batch of matrix products. Measured per cue: exact
/// retrieval (sign(ξ) equals the target in every component), overlap <c>x·ξ/d</c>, relative error
/// <c>‖ξ − x‖/‖x‖</c>, Ramsauer's separation <c>Δ = xᵀx − max_{ν≠target} xᵀx_ν</c>, the retrieved state's kind
/// (fixed point near one pattern, metastable average of a few, global average) and, beside it, one synchronous
/// update of the classical Hebbian network (zero self-coupling) from the same cue. Derived per (d, β, cue): the M at
/// which the retrieval rate falls through ½ for both networks, and the fit ln M_c = a·d + b over d (docs/physics.md,
/// "Modern Hopfield networks").
/// </summary>
public sealed partial class ModernExperiment(ModernDefinition definition)
    : Experiment<ModernDefinition, ModernPoint, ModernTrial>(definition, definition.Points, definition.Trials, Declared)
{
    /// <summary>The convergence criterion of <c>updates: converge</c>: ‖Δξ‖ below this.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>The most updates <c>updates: converge</c> makes.</summary>
    public const int MaxUpdates = 100;

    /// <summary>The classical network's capacity α_c = 0.138 (Amit, Gutfreund and Sompolinsky 1987).</summary>
    public const double ClassicalAlpha = 0.138;

    /// <summary>The declared outputs, in column order.</summary>
    public static OutputSet<ModernDefinition, ModernPoint, ModernTrial> Declared { get; } = new();

    /// <summary>Dimension d.</summary>
    public static Output D { get; } = Declared.Coordinate("d", "dimension d of patterns and states", p => p.D, OutputKind.Integer);

    /// <summary>Stored patterns M.</summary>
    public static Output M { get; } = Declared.Coordinate("M", "stored patterns M", p => p.M, OutputKind.Integer);

    /// <summary>Inverse temperature β.</summary>
    public static Output Beta { get; } = Declared.Coordinate("beta", "inverse temperature β multiplying the dot products", p => p.Beta);

    /// <summary>Flipped fraction of the cue.</summary>
    public static Output Noise { get; } = Declared.Coordinate("noise", "fraction f of the cue's signs flipped (exactly round(f·d))", p => p.Noise);

    /// <summary>Masked fraction of the cue.</summary>
    public static Output Mask { get; } = Declared.Coordinate("mask", "fraction f of the cue's components set to 0 (exactly round(f·d))", p => p.Mask);

    /// <summary>Fraction of cues retrieved exactly.</summary>
    public static Output RetrievalRate { get; } = Declared.Mean(
        "retrieval_rate", "fraction of cues whose retrieved state has the target's sign in every component", (_, t) => t.Retrieval);

    /// <summary>Overlap with the target.</summary>
    public static Output Overlap { get; } = Declared.Mean("overlap", "overlap x·ξ/d of the retrieved state with the target", (_, t) => t.Overlap);

    /// <summary>Relative error.</summary>
    public static Output Error { get; } = Declared.Mean("error", "relative error ‖ξ − x‖/‖x‖ of the retrieved state", (_, t) => t.Error);

    /// <summary>Updates made.</summary>
    public static Output Updates { get; } = Declared.Average("updates", "updates made per cue (to ‖Δξ‖ < 1e-9 with updates: converge)", (_, t) => t.Updates);

    /// <summary>Ramsauer's separation of the target.</summary>
    public static Output Separation { get; } = Declared.Mean(
        "separation", "Ramsauer's separation Δ = xᵀx − max over other patterns ν of xᵀx_ν, for the target x", (_, t) => t.Separation);

    /// <summary>The classical network's one-step retrieval.</summary>
    public static Output ClassicalRate { get; } = Declared.Mean(
        "classical_retrieval_rate", "the same for one synchronous update of the classical Hebbian network (zero self-coupling) from the same cue", (_, t) => t.Classical);

    /// <summary>Share of retrieved states near a single pattern.</summary>
    public static Output NearOnePattern { get; } = Declared.Average(
        "fixed_point_single", "share of retrieved states near one pattern (largest softmax weight ≥ ½)", (_, t) => t.NearOne);

    /// <summary>Share of metastable averages.</summary>
    public static Output Metastable { get; } = Declared.Average(
        "fixed_point_metastable", "share of retrieved states averaging a few patterns (metastable: neither single nor global)", (_, t) => t.Metastable);

    /// <summary>Share of global averages.</summary>
    public static Output Global { get; } = Declared.Average(
        "fixed_point_global", "share of retrieved states averaging most patterns (participation 1/Σp² ≥ M/2)", (_, t) => t.Global);

    /// <summary>Patterns averaged.</summary>
    public static Output Averaged { get; } = Declared.Average(
        "patterns_averaged", "mean participation 1/Σ_μ p_μ² of the softmax weights: how many patterns the retrieved state averages", (_, t) => t.Averaged);

    /// <summary>Cue and retrieved state of each stored image (fixed images only).</summary>
    public static PayloadKey<ModernExample[]> Examples { get; } = Declared.Payload(
        "examples", "each stored image's first cue and retrieved state (fixed images only)", (_, _, trials) => trials.Count == 0 ? [] : trials[0].Examples);

    /// <summary>E(ξ)/d and the overlap of the first cue at every update of the first <see cref="EnergyTraces.Trials"/> trials (trajectories.csv).</summary>
    public static PayloadKey<EnergyTrace[]> Trajectories { get; } = Declared.Payload(
        EnergyTraces.PayloadName, "modern energy per dimension E(ξ)/d and overlap x·ξ/d with the target of each trial's first cue, on the cue and after every update, first 3 trials (trajectories.csv)",
        (_, _, trials) => EnergyTraces.Of(trials.Select(t => t.Trace)));

    /// <inheritdoc />
    protected override double TrialCost(ModernPoint point)
    {
        int cues = Definition.Images?.Patterns.P ?? Definition.Queries;
        int updates = Definition.Converge ? 10 : Definition.Updates;
        return (double)point.M * point.D * (1 + (cues * (4.0 + (2.0 * updates))));
    }

    /// <inheritdoc />
    protected override ModernTrial RunTrial(ModernPoint point, TrialContext context)
    {
        var rng = context.Random;
        int d = point.D, m = point.M;
        double[] patterns = new double[m * d];
        if (Definition.Images is { } images)
        {
            for (int mu = 0; mu < m; mu++)
            {
                var row = images.Patterns.Pattern(mu);
                for (int i = 0; i < d; i++)
                {
                    patterns[(mu * d) + i] = row[i];
                }
            }
        }
        else
        {
            // fresh random ±1 patterns, drawn straight into the matrix the products read
            var patternStream = context.Stream("patterns");
            for (int k = 0; k < patterns.Length; k++)
            {
                patterns[k] = patternStream.NextSpin();
            }

            context.Record("patterns", "random ±1 as doubles, one xoshiro256** draw per component");
        }

        var network = new ModernHopfieldNetwork(patterns, d, point.Beta);
        var product = network.Product;
        context.Record("linear algebra", product.Engine);

        int[] targets = Definition.Images is null ? [.. Enumerable.Range(0, Definition.Queries).Select(_ => rng.NextInt(m))] : [.. Enumerable.Range(0, m)];
        int b = targets.Length;
        double[] cues = new double[b * d], states = new double[b * d], next = new double[b * d], weights = new double[b * m], retrievedWeights = new double[b * m];
        int flips = Cues.FlipCount(d, point.Noise), masked = Cues.FlipCount(d, point.Mask);
        for (int q = 0; q < b; q++)
        {
            var cue = cues.AsSpan(q * d, d);
            network.Pattern(targets[q]).CopyTo(cue);
            foreach (int i in Cues.RandomSubset(d, flips, rng))
            {
                cue[i] = -cue[i];
            }

            foreach (int i in Cues.RandomSubset(d, masked, rng))
            {
                cue[i] = 0;
            }
        }

        cues.CopyTo(states, 0);

        // the target's scores against every pattern (separation) and the classical one-step fields from the cue
        double[] targetPatterns = new double[b * d];
        for (int q = 0; q < b; q++)
        {
            network.Pattern(targets[q]).CopyTo(targetPatterns.AsSpan(q * d, d));
        }

        product.MultiplyByTransposed(targetPatterns, patterns, weights, b, m, d);
        double[] separation = new double[b];
        for (int q = 0; q < b; q++)
        {
            var row = weights.AsSpan(q * m, m);
            double other = double.NegativeInfinity;
            for (int nu = 0; nu < m; nu++)
            {
                other = nu == targets[q] ? other : Math.Max(other, row[nu]);
            }

            separation[q] = m == 1 ? double.NaN : row[targets[q]] - other;
        }

        product.MultiplyByTransposed(cues, patterns, weights, b, m, d);
        product.Multiply(weights, patterns, next, b, d, m);
        double[] selfCoupling = new double[d];
        for (int mu = 0; mu < m; mu++)
        {
            for (int i = 0; i < d; i++)
            {
                selfCoupling[i] += patterns[(mu * d) + i] * patterns[(mu * d) + i];
            }
        }

        int classical = 0;
        for (int q = 0; q < b; q++)
        {
            bool all = true;
            for (int i = 0; i < d && all; i++)
            {
                double cue = cues[(q * d) + i];
                double field = next[(q * d) + i] - (selfCoupling[i] * cue);
                all = Math.Sign(field == 0 ? cue : field) == Math.Sign(targetPatterns[(q * d) + i]);
            }

            classical += all ? 1 : 0;
        }

        // the first cue's trajectory (traced trials only): E(ξ)/d and x·ξ/d on the cue and after each of its updates
        double[] scores = context.Trial < EnergyTraces.Trials ? new double[m] : [];
        var trace = EnergyTraces.For(context, () => network.Energy(states.AsSpan(0, d), scores) / d, () => Dot(states.AsSpan(0, d), targetPatterns.AsSpan(0, d)) / d);
        trace?.Record();

        // the modern updates, as one batch; with updates: converge a cue stops once ‖Δξ‖ < Tolerance
        int[] updates = new int[b];
        bool[] done = new bool[b];
        int rounds = Definition.Converge ? MaxUpdates : Definition.Updates;
        for (int round = 0; round < rounds && !done.All(x => x); round++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            network.Update(states, next, weights, b);
            for (int q = 0; q < b; q++)
            {
                if (done[q])
                {
                    continue;
                }

                updates[q]++;
                weights.AsSpan(q * m, m).CopyTo(retrievedWeights.AsSpan(q * m, m)); // the p that built this query's ξ_new = X p
                var from = states.AsSpan(q * d, d);
                var to = next.AsSpan(q * d, d);
                double change = 0;
                for (int i = 0; i < d; i++)
                {
                    change += (to[i] - from[i]) * (to[i] - from[i]);
                }

                to.CopyTo(from);
                done[q] = Definition.Converge && Math.Sqrt(change) < Tolerance;
                if (q == 0)
                {
                    trace?.Record();
                }
            }
        }

        double retrieved = 0, overlap = 0, error = 0, nearOne = 0, metastable = 0, global = 0, averaged = 0;
        var examples = new List<ModernExample>();
        for (int q = 0; q < b; q++)
        {
            var state = states.AsSpan(q * d, d);
            var target = targetPatterns.AsSpan(q * d, d);
            bool exact = true;
            double dot = 0, distance = 0, norm = 0;
            for (int i = 0; i < d; i++)
            {
                exact &= Math.Sign(state[i]) == Math.Sign(target[i]);
                dot += state[i] * target[i];
                distance += (state[i] - target[i]) * (state[i] - target[i]);
                norm += target[i] * target[i];
            }

            retrieved += exact ? 1 : 0;
            overlap += dot / d;
            error += Math.Sqrt(distance / norm);
            var p = retrievedWeights.AsSpan(q * m, m);
            double largest = 0, squares = 0;
            foreach (double weight in p)
            {
                largest = Math.Max(largest, weight);
                squares += weight * weight;
            }

            double participation = 1 / squares;
            averaged += participation;
            if (largest >= 0.5)
            {
                nearOne++;
            }
            else if (participation >= m / 2.0)
            {
                global++;
            }
            else
            {
                metastable++;
            }

            if (Definition.Images is not null)
            {
                examples.Add(new ModernExample(targets[q], Signs(cues.AsSpan(q * d, d)), Signs(state)));
            }
        }

        return new ModernTrial(
            retrieved / b, overlap / b, error / b, updates.Average(), separation.Average(), (double)classical / b, nearOne / b, metastable / b, global / b, averaged / b,
            [.. examples])
        {
            Trace = trace?.Finish(context.Trial),
        };
    }

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double dot = 0;
        for (int i = 0; i < x.Length; i++)
        {
            dot += x[i] * y[i];
        }

        return dot;
    }

    /// <summary>
    /// The weighted least-squares line ln M_c = a·d + b with the standard errors of a and b — scaled by √(χ²/ν) when
    /// the points scatter more than their errors (ν = n − 2 > 0) — and χ².
    /// </summary>
    private static (double Slope, double SlopeError, double Intercept, double InterceptError, double Chi2) WeightedLine(
        IReadOnlyList<(double X, double Y, double Error)> data)
    {
        double s = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        foreach (var (x, y, e) in data)
        {
            double w = 1 / (e * e);
            s += w;
            sx += w * x;
            sy += w * y;
            sxx += w * x * x;
            sxy += w * x * y;
        }

        double delta = (s * sxx) - (sx * sx);
        double slope = ((s * sxy) - (sx * sy)) / delta;
        double intercept = ((sxx * sy) - (sx * sxy)) / delta;
        double chi2 = data.Sum(p => Math.Pow((p.Y - (slope * p.X) - intercept) / p.Error, 2));
        int dof = data.Count - 2;
        double scale = dof > 0 && chi2 / dof > 1 ? Math.Sqrt(chi2 / dof) : 1;
        return (slope, scale * Math.Sqrt(s / delta), intercept, scale * Math.Sqrt(sxx / delta), chi2);
    }

    private static sbyte[] Signs(ReadOnlySpan<double> state)
    {
        var signs = new sbyte[state.Length];
        for (int i = 0; i < state.Length; i++)
        {
            signs[i] = (sbyte)Math.Sign(state[i]);
        }

        return signs;
    }
}
