using SpinGlass.Models.Couplings;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Annealing;

namespace SpinGlass.Sampling.Tests.Annealing;

public sealed class AnnealingScheduleTests
{
    [Theory]
    [InlineData(ScheduleKind.Linear, 0.0, 3.0, 7)]
    [InlineData(ScheduleKind.Linear, 2.0, 0.5, 5)]
    [InlineData(ScheduleKind.Geometric, 0.1, 5.0, 9)]
    [InlineData(ScheduleKind.Geometric, 4.0, 0.2, 2)]
    public void Schedules_hit_both_endpoints_exactly_and_move_monotonically_between_them(ScheduleKind kind, double start, double end, int steps)
    {
        var schedule = new AnnealingSchedule(kind, start, end, steps).Validated();
        Assert.Equal(start, schedule.Beta(0));
        Assert.Equal(end, schedule.Beta(steps - 1));
        for (int k = 1; k < steps; k++)
        {
            Assert.True(Math.Sign(schedule.Beta(k) - schedule.Beta(k - 1)) == Math.Sign(end - start), $"step {k}: {schedule.Beta(k - 1)} → {schedule.Beta(k)}");
        }
    }

    [Fact]
    public void Linear_steps_are_equal_differences_and_geometric_steps_equal_ratios()
    {
        var linear = new AnnealingSchedule(ScheduleKind.Linear, 0.5, 2.5, 5);
        Assert.Equal([0.5, 1.0, 1.5, 2.0, 2.5], Enumerable.Range(0, 5).Select(linear.Beta));
        var geometric = new AnnealingSchedule(ScheduleKind.Geometric, 0.1, 10, 5);
        for (int k = 1; k < 5; k++)
        {
            Assert.Equal(Math.Sqrt(10), geometric.Beta(k) / geometric.Beta(k - 1), 12);
        }
    }

    [Theory]
    [InlineData(7, 100)]
    [InlineData(3, 3)]
    [InlineData(10, 4)]
    [InlineData(1, 17)]
    public void The_steps_share_the_budget_exactly_and_evenly(int steps, long total)
    {
        var schedule = new AnnealingSchedule(ScheduleKind.Linear, 0, 1, steps);
        var shares = Enumerable.Range(0, steps).Select(k => schedule.SweepsAt(k, total)).ToArray();
        Assert.Equal(total, shares.Sum());
        Assert.True(shares.Max() - shares.Min() <= 1);
    }

    [Theory]
    [InlineData(ScheduleKind.Geometric, 0.0, 1.0, 3)]
    [InlineData(ScheduleKind.Linear, -1.0, 1.0, 3)]
    [InlineData(ScheduleKind.Linear, 0.0, double.PositiveInfinity, 3)]
    [InlineData(ScheduleKind.Linear, 0.0, 1.0, 0)]
    public void A_schedule_refuses_endpoints_it_cannot_reach(ScheduleKind kind, double start, double end, int steps) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnnealingSchedule(kind, start, end, steps).Validated());

    [Fact]
    public void Annealing_keeps_the_best_configuration_seen_and_spends_the_budget()
    {
        var bonds = BondList.SherringtonKirkpatrick(16, gaussian: true, new Xoshiro256StarStar(5));
        var model = new SparseCouplingModel(bonds);
        var rng = new Xoshiro256StarStar(6);
        var start = Enumerable.Range(0, 16).Select(_ => rng.NextSpin()).ToArray();
        var state = model.CreateState(start);
        var outcome = SimulatedAnnealing.Run(state, new AnnealingSchedule(ScheduleKind.Linear, 0.1, 3, 10), 200, UpdateRule.Metropolis, rng);
        Assert.Equal(200, outcome.Sweeps);
        Assert.Equal(model.Energy(outcome.BestSpins), outcome.BestEnergy, 9);
        Assert.True(outcome.BestEnergy <= outcome.FinalEnergy);
        Assert.True(outcome.BestEnergy <= model.Energy(start));
        Assert.Contains("metropolis", outcome.Engine, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SimulatedAnnealing.Run(state, new AnnealingSchedule(ScheduleKind.Linear, 0.1, 3, 10), 10, UpdateRule.ZeroTemperature, rng));
    }

    [Fact]
    public void The_same_seed_anneals_the_same_way()
    {
        double Best(ulong seed)
        {
            var model = new SparseCouplingModel(BondList.SherringtonKirkpatrick(20, gaussian: true, new Xoshiro256StarStar(1)));
            var rng = new Xoshiro256StarStar(seed);
            var state = model.CreateState(Enumerable.Range(0, 20).Select(_ => rng.NextSpin()).ToArray());
            return SimulatedAnnealing.Run(state, new AnnealingSchedule(ScheduleKind.Geometric, 0.2, 4, 7), 50, UpdateRule.Glauber, rng).BestEnergy;
        }

        Assert.Equal(Best(9), Best(9));
    }
}
