using System.Text;
using SpinGlass.Models;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments;

/// <summary>
/// What the framework hands one trial: its identity, its random streams, the cancellation token, the one relaxation and
/// measurement protocol every experiment uses (<see cref="Run"/>), and the record of which engines ran.
/// </summary>
/// <remarks>
/// <see cref="Random"/> is the trial's own stream, derived from (master seed, point, trial): patterns, cues and
/// dynamics draw from it in turn, so results never depend on threads or scheduling. <see cref="Stream(string)"/> gives further
/// independent streams by name (e.g. <c>"disorder"</c> apart from <c>"dynamics"</c>). Streams are reference objects:
/// passing one shares it, and nothing can duplicate it by accident (see docs/architecture.md).
/// </remarks>
public sealed class TrialContext
{
    private readonly ulong _seed;
    private readonly SortedDictionary<string, string> _engines = new(StringComparer.Ordinal);

    /// <summary>Creates the context of trial <paramref name="trial"/> at point <paramref name="point"/> of a run seeded with <paramref name="seed"/>.</summary>
    public TrialContext(ulong seed, int point, int trial, CancellationToken cancellation = default)
    {
        _seed = seed;
        Point = point;
        Trial = trial;
        Cancellation = cancellation;
        Random = RandomStreams.For(seed, point, trial);
        _engines["random"] = RandomStreams.Family;
    }

    /// <summary>The point's index in the sweep.</summary>
    public int Point { get; }

    /// <summary>The trial's index within its point.</summary>
    public int Trial { get; }

    /// <summary>The trial's own random stream.</summary>
    public Xoshiro256StarStar Random { get; }

    /// <summary>Cancelled when the run is interrupted; protocols check it between sweeps.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>The engines that ran parts of this trial, by part (<c>sampler</c>, <c>patterns</c>, <c>random</c>, …).</summary>
    public IReadOnlyDictionary<string, string> Engines => _engines;

    /// <summary>An independent stream for a named purpose, the same for the same (seed, point, trial, purpose).</summary>
    public Xoshiro256StarStar Stream(string purpose) => Stream(_seed, Point, Trial, purpose);

    /// <summary>
    /// The stream <see cref="Stream(string)"/> gives the trial of this index at point <paramref name="point"/>: experiments whose
    /// points share one simulation (every temperature of a parallel-tempering ladder) all draw it from the first point's.
    /// </summary>
    public Xoshiro256StarStar StreamAt(int point, string purpose)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(point);
        return Stream(_seed, point, Trial, purpose);
    }

    /// <summary>
    /// The stream <see cref="Stream(string)"/> gives trial <paramref name="trial"/> of point <paramref name="point"/> in a run
    /// seeded with <paramref name="seed"/>: for an experiment whose points share a draw (e.g. one disorder sample seen at
    /// every temperature), drawn once under one point's identity.
    /// </summary>
    public static Xoshiro256StarStar Stream(ulong seed, int point, int trial, string purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        uint hash = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(purpose))
        {
            hash = (hash ^ b) * 16777619;
        }

        return RandomStreams.For(seed, point, trial, (int)hash);
    }

    /// <summary>Records that <paramref name="engine"/> ran <paramref name="part"/> of this trial (the last word wins).</summary>
    public void Record(string part, string engine)
    {
        ArgumentException.ThrowIfNullOrEmpty(part);
        ArgumentException.ThrowIfNullOrEmpty(engine);
        _engines[part] = engine;
    }

    /// <summary>
    /// Draws <paramref name="p"/> random patterns of <paramref name="n"/> neurons from <see cref="Random"/> (on reused
    /// <paramref name="buffers"/> when given) and records their storage layout as the <c>patterns</c> engine.
    /// </summary>
    public PatternSet RandomPatterns(int n, int p, PatternBuffers? buffers = null) => RandomPatterns(n, p, buffers, 0.0);

    /// <summary>
    /// Random patterns with <c>P(ξ = +1) = (1 + bias)/2</c> (sparse patterns of coding level a have bias 2a − 1), drawn and
    /// recorded as <see cref="RandomPatterns(int, int, PatternBuffers?)"/>.
    /// </summary>
    public PatternSet RandomPatterns(int n, int p, PatternBuffers? buffers, double bias)
    {
        var patterns = buffers is null ? PatternSet.Random(n, p, Random, bias) : PatternSet.Random(n, p, Random, buffers, bias);
        Record("patterns", patterns.Engine);
        return patterns;
    }

    /// <summary>
    /// Runs <paramref name="protocol"/> on <paramref name="state"/> at inverse temperature <paramref name="beta"/> with
    /// <paramref name="random"/> (the trial's stream unless given), calling <paramref name="measure"/> at each measurement,
    /// and <paramref name="afterSweep"/> (when given; it must not draw random numbers) after every sweep, and records the
    /// sampler that ran.
    /// </summary>
    public ProtocolOutcome Run(ISpinState state, ChainProtocol protocol, double beta, Action measure, Xoshiro256StarStar? random = null, Action? afterSweep = null)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var (outcome, chain) = protocol.Run(state, beta, random ?? Random, measure, afterSweep, Cancellation);
        Record("sampler", chain.Engine);
        return outcome;
    }
}
