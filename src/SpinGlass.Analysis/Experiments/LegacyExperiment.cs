using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Experiments;

#pragma warning disable SA1402, CA1005 // temporary bridge while experiments move to Experiment<,,>


/// <summary>
/// An experiment as a list of points, each estimated from independent trials. Every trial receives its own
/// random stream derived from (master seed, point, trial), so results never depend on how trials are
/// scheduled across threads; trials of a point are combined in trial order.
/// </summary>
/// <typeparam name="TTrial">What one trial measures.</typeparam>
/// <typeparam name="TPoint">The combined result of one point (serialisable, so finished points survive an interruption).</typeparam>
public interface ILegacyExperiment<TTrial, TPoint>
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



/// <summary>
/// The common frame of the experiments: an immutable definition with a list of points and a number of trials per
/// point; subclasses say what a trial measures, how a point's trials combine and what the run reports.
/// </summary>
/// <typeparam name="TDefinition">The experiment's definition record.</typeparam>
/// <typeparam name="TTrial">What one trial measures.</typeparam>
/// <typeparam name="TPoint">The combined result of one point.</typeparam>
public abstract class LegacyPointExperiment<TDefinition, TTrial, TPoint> : ILegacyExperiment<TTrial, TPoint>
    where TDefinition : class
{
    /// <summary>Binds the definition with its number of points and trials per point.</summary>
    protected LegacyPointExperiment(TDefinition definition, Func<TDefinition, int> pointCount, Func<TDefinition, int> trials)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(pointCount);
        ArgumentNullException.ThrowIfNull(trials);
        Definition = definition;
        PointCount = pointCount(definition);
        Trials = trials(definition);
    }

    /// <summary>The definition.</summary>
    public TDefinition Definition { get; }

    /// <inheritdoc />
    public int PointCount { get; }

    /// <inheritdoc />
    public int Trials { get; }

    /// <inheritdoc />
    public abstract double TrialCost(int point);

    /// <inheritdoc />
    public abstract TTrial RunTrial(int point, int trial, Xoshiro256StarStar rng, CancellationToken cancellation);

    /// <inheritdoc />
    public abstract TPoint CombineTrials(int point, IReadOnlyList<TTrial> trials);

    /// <inheritdoc />
    public abstract ExperimentOutput Finish(IReadOnlyList<TPoint> points);
}
