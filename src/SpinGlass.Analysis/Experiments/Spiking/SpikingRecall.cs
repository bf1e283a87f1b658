using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling.Spiking;

namespace SpinGlass.Analysis.Experiments.Spiking;

/// <summary>
/// One recall by a spiking network: the cue (a noisy stored pattern) is injected as an input current, the network runs on,
/// and spike counts in time windows give the overlaps with the stored patterns, the rates and the ISI statistics.
/// </summary>
/// <remarks>
/// The overlap of an activity <c>n_i ≥ 0</c> (spike counts in a window, or 0/1 states) with pattern μ is Gerstner's
/// <c>m_μ = (1/(N a_μ(1 − a_μ))) Σ_i (ξ^μ_i − a_μ) x_i</c> (<i>Neuronal Dynamics</i>, ch. 17.2), ξ ∈ {0, 1}, a_μ the pattern's own
/// coding level, with the activity normalised to it, <c>x_i = N a_μ n_i / Σ_j n_j</c>: so m = 1 when only the pattern's units
/// fire, m = 0 when all fire alike (or none fires), and <c>m = (f_μ − a_μ)/(1 − a_μ)</c> with f_μ the fraction of the
/// spikes that the pattern's units fired.
/// </remarks>
public static class SpikingRecall
{
    /// <summary>The most spikes a recorded raster keeps (later spikes are not recorded).</summary>
    public const int RasterLimit = 1_000_000;

    /// <summary>
    /// The overlap <c>m = (f − a_μ)/(1 − a_μ)</c> of the activity <paramref name="activity"/> with <paramref name="pattern"/>
    /// (±1, +1 active); 0 for no activity.
    /// </summary>
    public static double Overlap(ReadOnlySpan<sbyte> pattern, ReadOnlySpan<double> activity)
    {
        if (pattern.Length != activity.Length)
        {
            throw new ArgumentException("One activity per unit.", nameof(activity));
        }

        double inside = 0, total = 0;
        int active = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            total += activity[i];
            if (pattern[i] > 0)
            {
                inside += activity[i];
                active++;
            }
        }

        return Normalised(inside, total, (double)active / pattern.Length);
    }

    /// <summary>Runs one recall of <paramref name="network"/> (at rest) from <paramref name="cue"/> and measures it against <paramref name="patterns"/>.</summary>
    /// <param name="network">The network, at rest.</param>
    /// <param name="patterns">The stored patterns; <paramref name="target"/> is the cued one.</param>
    /// <param name="target">The cued pattern.</param>
    /// <param name="cue">The cue (±1, +1 active): its active units receive <see cref="SpikingProtocol.CueStrength"/>.</param>
    /// <param name="protocol">Times and thresholds.</param>
    /// <param name="traced">How many patterns the overlap trace follows (the cued one first, then the others in order).</param>
    /// <param name="recordRaster">Whether to keep every spike.</param>
    /// <param name="cancellation">Checked once per trace window.</param>
    public static SpikingRecallResult Run(
        SpikingNetwork network, PatternSet patterns, int target, ReadOnlySpan<sbyte> cue, SpikingProtocol protocol, int traced, bool recordRaster,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(protocol);
        int n = network.N;
        var members = Members(patterns, target, Math.Clamp(traced, 1, patterns.P));
        var input = new double[n];
        for (int i = 0; i < n; i++)
        {
            input[i] = cue[i] > 0 ? protocol.CueStrength : 0;
        }

        int total = protocol.StepsIn(protocol.Duration), cueSteps = protocol.StepsIn(protocol.CueDuration);
        int windowSteps = Math.Max(1, protocol.StepsIn(protocol.Window)), measureFrom = total - protocol.StepsIn(protocol.Measure);
        var windowCounts = new double[n];
        var measureCounts = new double[n];
        var isi = new IsiStatistics(n);
        var times = new List<double>();
        var trace = new List<double[]>();
        var raster = recordRaster ? new List<Spike>() : null;
        double retrievalTime = double.NaN;
        network.SetInput(input);
        for (int step = 0; step < total; step++)
        {
            if (step == cueSteps)
            {
                network.ClearInput();
            }

            network.Step();
            double time = network.Time;
            foreach (int i in network.Spikes)
            {
                windowCounts[i]++;
                if (step >= measureFrom)
                {
                    measureCounts[i]++;
                    isi.Add(i, time);
                }

                if (raster is not null && raster.Count < RasterLimit)
                {
                    raster.Add(new Spike(time, i));
                }
            }

            if ((step + 1) % windowSteps == 0 || step == total - 1)
            {
                var overlaps = Overlaps(members, windowCounts, n);
                times.Add(time);
                trace.Add(overlaps);
                if (double.IsNaN(retrievalTime) && overlaps[0] >= protocol.RetrievalOverlap)
                {
                    retrievalTime = time;
                }

                Array.Clear(windowCounts);
                cancellation.ThrowIfCancellationRequested();
            }
        }

        double seconds = (total - measureFrom) * protocol.Dt / 1000;
        var (inside, outside) = Rates(members[0], measureCounts, seconds);
        return new SpikingRecallResult(
            Overlaps(members[..1], measureCounts, n)[0], inside, outside, isi.MeanCv(), retrievalTime, times, trace, raster ?? []);
    }

    private static double Normalised(double inside, double total, double coding) =>
        total > 0 && coding > 0 && coding < 1 ? (inside / total - coding) / (1 - coding) : 0;

    private static int[][] Members(PatternSet patterns, int target, int traced)
    {
        var members = new int[traced][];
        for (int k = 0; k < traced; k++)
        {
            int mu = k == 0 ? target : (k <= target ? k - 1 : k);
            var pattern = patterns.Pattern(mu);
            var list = new List<int>();
            for (int i = 0; i < pattern.Length; i++)
            {
                if (pattern[i] > 0)
                {
                    list.Add(i);
                }
            }

            members[k] = [.. list];
        }

        return members;
    }

    private static double[] Overlaps(int[][] members, double[] counts, int n)
    {
        double total = 0;
        foreach (double c in counts)
        {
            total += c;
        }

        var overlaps = new double[members.Length];
        for (int k = 0; k < members.Length; k++)
        {
            double inside = 0;
            foreach (int i in members[k])
            {
                inside += counts[i];
            }

            overlaps[k] = Normalised(inside, total, (double)members[k].Length / n);
        }

        return overlaps;
    }

    private static (double Inside, double Outside) Rates(int[] members, double[] counts, double seconds)
    {
        double all = 0, inside = 0;
        foreach (double c in counts)
        {
            all += c;
        }

        foreach (int i in members)
        {
            inside += counts[i];
        }

        int others = counts.Length - members.Length;
        return (members.Length == 0 ? 0 : inside / members.Length / seconds, others == 0 ? 0 : (all - inside) / others / seconds);
    }
}
