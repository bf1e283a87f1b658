namespace SpinGlass.Runner.Cluster;

/// <summary>
/// The deterministic split of a run's points into shards, balanced by the driver's cost estimate: the dearest point
/// first, each to the shard with the least cost so far (longest-processing-time order; ties to the lower point and the
/// lower shard). Every shard of one config computes the same plan, so the shards cover each point exactly once.
/// </summary>
internal static class ShardPlan
{
    /// <summary>The shard of every point.</summary>
    /// <param name="costs">The relative cost of each point (any unit; the same for every shard of the run).</param>
    /// <param name="shards">The number of shards, at least 1.</param>
    public static int[] Assign(IReadOnlyList<double> costs, int shards)
    {
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        int[] owner = new int[costs.Count];
        // (load, shard): the least loaded shard first, the lower index among equals
        var loads = new PriorityQueue<int, (double Load, int Shard)>(Comparer<(double Load, int Shard)>.Create(
            (a, b) => a.Load != b.Load ? a.Load.CompareTo(b.Load) : a.Shard.CompareTo(b.Shard)));
        for (int shard = 0; shard < shards; shard++)
        {
            loads.Enqueue(shard, (0, shard));
        }

        var order = Enumerable.Range(0, costs.Count).OrderByDescending(p => costs[p]).ThenBy(p => p);
        foreach (int point in order)
        {
            loads.TryDequeue(out int shard, out var load);
            owner[point] = shard;
            loads.Enqueue(shard, (load.Load + Math.Max(0, costs[point]), shard));
        }

        return owner;
    }

    /// <summary>The cost of one trial of every point of <paramref name="experiment"/>, the plan's input.</summary>
    public static double[] Costs(Analysis.Experiments.IExperiment experiment)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        return [.. Enumerable.Range(0, experiment.PointCount).Select(experiment.TrialCost)];
    }

    /// <summary>The shards (of <paramref name="shards"/>) that own any of <paramref name="points"/>, ascending.</summary>
    public static List<int> Owners(IReadOnlyList<double> costs, int shards, IEnumerable<int> points)
    {
        int[] owner = Assign(costs, shards);
        return [.. points.Select(p => owner[p]).Distinct().Order()];
    }

    /// <summary>The points of <paramref name="shard"/>, in ascending order.</summary>
    public static int[] PointsOf(IReadOnlyList<double> costs, Shard shard)
    {
        int[] owner = Assign(costs, shard.Count);
        return [.. Enumerable.Range(0, owner.Length).Where(p => owner[p] == shard.Index)];
    }
}
