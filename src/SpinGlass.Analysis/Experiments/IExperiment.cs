using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Experiments;

/// <summary>
/// An experiment as a list of points, each estimated from independent trials. Every trial receives its own
/// random stream derived from (master seed, point, trial), so results never depend on how trials are
/// scheduled across threads; trials of a point are combined in trial order.
/// </summary>
/// <typeparam name="TTrial">What one trial measures.</typeparam>
/// <typeparam name="TPoint">The combined result of one point (serialisable, so finished points survive an interruption).</typeparam>
public interface IExperiment<TTrial, TPoint>
{
    /// <summary>Number of points (the cartesian product of the swept parameters).</summary>
    int PointCount { get; }

    /// <summary>Independent trials per point.</summary>
    int Trials { get; }

    /// <summary>Relative cost of one trial of <paramref name="point"/> (for progress and scheduling; any unit).</summary>
    double TrialCost(int point);

    /// <summary>Runs one trial.</summary>
    TTrial RunTrial(int point, int trial, Xoshiro256StarStar rng, CancellationToken cancellation);

    /// <summary>Combines the trials of a point, in trial order.</summary>
    TPoint CombineTrials(int point, IReadOnlyList<TTrial> trials);

    /// <summary>The run's outputs from all finished points, in point order.</summary>
    ExperimentOutput Finish(IReadOnlyList<TPoint> points);
}
