using SpinGlass.Runner.Cluster;

namespace SpinGlass.Runner.Tests.Cluster;

public sealed class ShardPlanTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(500)]
    public void Every_point_belongs_to_exactly_one_shard_and_the_loads_are_balanced(int shards)
    {
        var random = new Random(12);
        double[] costs = [.. Enumerable.Range(0, 200).Select(_ => Math.Pow(10, 3 * random.NextDouble()))];
        int[] owner = ShardPlan.Assign(costs, shards);

        var covered = Enumerable.Range(0, shards).SelectMany(k => ShardPlan.PointsOf(costs, new Shard(k, shards))).Order().ToList();
        Assert.Equal(Enumerable.Range(0, costs.Length), covered);
        Assert.All(owner, k => Assert.InRange(k, 0, shards - 1));

        // greedy LPT: no shard exceeds the lightest by more than the dearest single point
        double[] load = new double[shards];
        for (int p = 0; p < costs.Length; p++)
        {
            load[owner[p]] += costs[p];
        }

        Assert.True(load.Max() - load.Min() <= costs.Max() + 1e-9, $"loads {load.Min()} … {load.Max()}");
        Assert.Equal(owner, ShardPlan.Assign(costs, shards));
    }

    [Fact]
    public void More_shards_than_points_leaves_the_extra_shards_empty()
    {
        double[] costs = [5, 1, 3];
        int[] owner = ShardPlan.Assign(costs, 8);
        Assert.Equal([0, 2, 1], owner);
        Assert.Empty(ShardPlan.PointsOf(costs, new Shard(5, 8)));
    }

    [Theory]
    [InlineData("0/4", 0, 4)]
    [InlineData("3/4", 3, 4)]
    [InlineData("0/1", 0, 1)]
    public void Shard_parses_K_of_N(string text, int index, int count)
    {
        Assert.Equal(new Shard(index, count), Shard.Parse(text, out string? problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("4/4", "K = 4 is outside 0 … 3")]
    [InlineData("0/0", "N = 0 is outside 1 … 100000")]
    [InlineData("-1/4", "'-1/4' is not K/N")]
    [InlineData("1", "'1' is not K/N")]
    [InlineData("a/b", "'a/b' is not K/N")]
    [InlineData("1/2/3", "'1/2/3' is not K/N")]
    public void A_bad_shard_is_named(string text, string message)
    {
        Assert.Null(Shard.Parse(text, out string? problem));
        Assert.Contains(message, problem, StringComparison.Ordinal);
    }
}
