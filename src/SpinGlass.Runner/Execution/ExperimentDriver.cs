using SpinGlass.Analysis.Experiments;

namespace SpinGlass.Runner.Execution;

/// <summary>
/// Runs the unfinished (point, trial) tasks of an experiment on a fixed number of worker threads. Each trial
/// draws from its own stream (master seed, point, trial); a point is combined, in trial order, by whichever
/// worker finishes its last trial, and saved at once. So results never depend on thread count or timing.
/// </summary>
internal static class ExperimentDriver
{
    /// <summary>
    /// Runs the unfinished points (of <paramref name="only"/>, a shard's points, when given) and returns every point's
    /// record in point order (null for points outside <paramref name="only"/>).
    /// </summary>
    public static IReadOnlyList<PointRecord> Run(
        IExperiment experiment,
        ulong seed,
        int threads,
        PointStore store,
        ProgressReporter progress,
        CancellationToken cancellation,
        Action? saved = null,
        IReadOnlyCollection<int>? only = null)
    {
        int pointCount = experiment.PointCount, trials = experiment.Trials;
        var finished = store.Open(pointCount, experiment.Outputs, only);
        var results = new PointRecord[pointCount];
        foreach (var (point, result) in finished)
        {
            results[point] = result;
        }

        double[] costs = [.. Enumerable.Range(0, pointCount).Select(experiment.TrialCost)];

        // the dearest points first (longest-processing-time order), so that no thread is left alone with a large point
        // at the end; every trial still draws from its own (seed, point, trial) stream, so results do not depend on it
        var pending = (only ?? Enumerable.Range(0, pointCount)).Where(p => !finished.ContainsKey(p)).OrderByDescending(p => costs[p]).ThenBy(p => p).ToArray();
        progress.Start(only?.Count ?? pointCount, finished.Count, costs, pending, trials);
        var trialResults = new object[pointCount][];
        var engines = new SortedDictionary<string, string>[pointCount];
        var remaining = new int[pointCount];
        foreach (int p in pending)
        {
            trialResults[p] = new object[trials];
            engines[p] = new(StringComparer.Ordinal);
            remaining[p] = trials;
        }

        long next = -1;
        long total = (long)pending.Length * trials;
        Exception? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        void Work()
        {
            try
            {
                for (long task = Interlocked.Increment(ref next); task < total && !stop.IsCancellationRequested; task = Interlocked.Increment(ref next))
                {
                    int point = pending[task / trials], trial = (int)(task % trials);
                    var context = new TrialContext(seed, point, trial, stop.Token);
                    trialResults[point][trial] = experiment.RunTrial(context);
                    lock (engines[point])
                    {
                        PointRunner.Merge(engines[point], context.Engines);
                    }

                    progress.TrialDone(point);
                    if (Interlocked.Decrement(ref remaining[point]) == 0)
                    {
                        results[point] = experiment.Combine(point, trialResults[point]);
                        PointRunner.Merge(results[point].Engines, engines[point]);
                        store.Save(point, results[point]);
                        saved?.Invoke();
                        trialResults[point] = [];
                        progress.PointDone();
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
                stop.Cancel();
            }
        }

        var workers = Enumerable.Range(0, Math.Max(1, threads)).Select(_ => new Thread(Work) { IsBackground = true }).ToArray();
        foreach (var worker in workers)
        {
            worker.Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        progress.Stop();
        if (failure is not null)
        {
            throw new InvalidOperationException($"A trial failed: {failure.Message}", failure);
        }

        cancellation.ThrowIfCancellationRequested();
        return results;
    }
}
