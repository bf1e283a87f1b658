using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Experiments;

/// <summary>
/// The common frame of the experiments: an immutable definition with a list of points and a number of trials per
/// point; subclasses say what a trial measures, how a point's trials combine and what the run reports.
/// </summary>
/// <typeparam name="TDefinition">The experiment's definition record.</typeparam>
/// <typeparam name="TTrial">What one trial measures.</typeparam>
/// <typeparam name="TPoint">The combined result of one point.</typeparam>
public abstract class PointExperiment<TDefinition, TTrial, TPoint> : IExperiment<TTrial, TPoint>
    where TDefinition : class
{
    /// <summary>Binds the definition with its number of points and trials per point.</summary>
    protected PointExperiment(TDefinition definition, Func<TDefinition, int> pointCount, Func<TDefinition, int> trials)
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
