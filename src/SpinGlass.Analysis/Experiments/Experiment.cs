namespace SpinGlass.Analysis.Experiments;

/// <summary>
/// The frame of every experiment: an immutable definition with its points and trials per point, and its declared
/// outputs. A subclass says what one trial measures (<see cref="RunTrial"/>) and what the run reports beyond the
/// results table (<see cref="Report"/>: derived values, extra tables, charts); combining trials into point records and
/// writing the table follow from the output declaration.
/// </summary>
/// <typeparam name="TDefinition">The experiment's definition record.</typeparam>
/// <typeparam name="TPoint">One point of its sweep.</typeparam>
/// <typeparam name="TTrial">What one trial measures.</typeparam>
public abstract class Experiment<TDefinition, TPoint, TTrial> : IExperiment
    where TTrial : notnull
{
    private readonly OutputSet<TDefinition, TPoint, TTrial> _outputs;

    /// <summary>Binds the definition with its points, trials per point and output declaration.</summary>
    protected Experiment(TDefinition definition, IReadOnlyList<TPoint> points, int trials, OutputSet<TDefinition, TPoint, TTrial> outputs)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        Definition = definition;
        Points = points;
        Trials = trials;
        _outputs = outputs;
    }

    /// <summary>The definition.</summary>
    public TDefinition Definition { get; }

    /// <summary>The points, in output order.</summary>
    public IReadOnlyList<TPoint> Points { get; }

    /// <inheritdoc />
    public int PointCount => Points.Count;

    /// <inheritdoc />
    public int Trials { get; }

    /// <inheritdoc />
    public OutputDeclaration Outputs => _outputs;

    /// <inheritdoc />
    public double TrialCost(int point) => TrialCost(Points[point]);

    /// <summary>Runs trial <see cref="TrialContext.Trial"/> of point <see cref="TrialContext.Point"/>, typed.</summary>
    public TTrial Run(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RunTrial(Points[context.Point], context);
    }

    /// <inheritdoc />
    object IExperiment.RunTrial(TrialContext context) => Run(context);

    /// <summary>Relative cost of one trial at <paramref name="point"/> (called by the framework with a point of <see cref="Points"/>).</summary>
    protected abstract double TrialCost(TPoint point);

    /// <summary>Runs one trial at <paramref name="point"/> (called by the framework with a point of <see cref="Points"/> and a context).</summary>
    protected abstract TTrial RunTrial(TPoint point, TrialContext context);

    /// <inheritdoc />
    public PointRecord Combine(int point, IReadOnlyList<object> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        return _outputs.Combine(Definition, Points[point], [.. trials.Cast<TTrial>()]);
    }

    /// <inheritdoc />
    public ExperimentOutput Finish(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var report = new ExperimentReport();
        Report(points, report);
        return new ExperimentOutput(_outputs.Table(points), report.Derived, report.Tables, report.Charts);
    }

    /// <summary>Adds the run's derived values, extra tables and charts to <paramref name="report"/>.</summary>
    protected abstract void Report(IReadOnlyList<PointRecord> points, ExperimentReport report);
}
