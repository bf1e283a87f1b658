namespace SpinGlass.Analysis.Experiments;

/// <summary>Runs the trials of one point in order on the calling thread: for tests, scripts and interactive use.</summary>
public static class PointRunner
{
    /// <summary>The record of point <paramref name="point"/> of <paramref name="experiment"/> in a run seeded with <paramref name="seed"/>.</summary>
    public static PointRecord Run(IExperiment experiment, ulong seed, int point = 0, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var trials = new object[experiment.Trials];
        var engines = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (int trial = 0; trial < trials.Length; trial++)
        {
            var context = new TrialContext(seed, point, trial, cancellation);
            trials[trial] = experiment.RunTrial(context);
            Merge(engines, context.Engines);
        }

        var record = experiment.Combine(point, trials);
        Merge(record.Engines, engines);
        return record;
    }

    /// <summary>Adds <paramref name="engines"/> to <paramref name="into"/>; a part run by different engines lists them all.</summary>
    public static void Merge(IDictionary<string, string> into, IEnumerable<KeyValuePair<string, string>> engines)
    {
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(engines);
        foreach (var (part, engine) in engines)
        {
            if (!into.TryGetValue(part, out var known))
            {
                into[part] = engine;
            }
            else if (!known.Split(" | ").Contains(engine))
            {
                into[part] = known + " | " + engine;
            }
        }
    }
}
