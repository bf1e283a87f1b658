namespace SpinGlass.Analysis.Experiments;

/// <summary>
/// An experiment as a list of points, each estimated from independent trials, as the runner drives it. Every trial
/// receives its own <see cref="TrialContext"/> (random streams derived from (master seed, point, trial)), so results
/// never depend on how trials are scheduled across threads; trials of a point are combined in trial order.
/// Implement it through <see cref="Experiment{TDefinition, TPoint, TTrial}"/>.
/// </summary>
public interface IExperiment
{
    /// <summary>Number of points (the cartesian product of the swept parameters).</summary>
    int PointCount { get; }

    /// <summary>Independent trials per point.</summary>
    int Trials { get; }

    /// <summary>The declared outputs: columns, payloads, descriptions.</summary>
    OutputDeclaration Outputs { get; }

    /// <summary>Relative cost of one trial of point <paramref name="point"/> (for progress and scheduling; any unit).</summary>
    double TrialCost(int point);

    /// <summary>Runs one trial of point <see cref="TrialContext.Point"/>.</summary>
    object RunTrial(TrialContext context);

    /// <summary>Combines the trials of a point, in trial order, into its record.</summary>
    PointRecord Combine(int point, IReadOnlyList<object> trials);

    /// <summary>The run's outputs from all finished points, in point order.</summary>
    ExperimentOutput Finish(IReadOnlyList<PointRecord> points);
}
