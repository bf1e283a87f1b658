using SpinGlass.Models;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Tests.Sweeps;

/// <summary>Rows order: a row's sites decide together from the state at the start of the row, rows one after another.</summary>
public sealed class RowOrderTests
{
    private static readonly Dynamics Rows2 = new(UpdateRule.ZeroTemperature, double.PositiveInfinity, SiteOrder.Rows, 2);

    [Fact]
    public void A_row_flips_together_where_one_by_one_it_would_stop_halfway()
    {
        // E = s_0 s_1 (antiferromagnetic pair) from (+1, +1): each site alone lowers E by flipping. Together both flip
        // and the pair is frustrated again; one by one the second site sees the first flipped and stays.
        var model = new CouplingMatrixModel(new CouplingMatrix(2, new[] { 0.0, -1.0, -1.0, 0.0 }));
        var together = model.CreateState(new sbyte[] { 1, 1 });
        var rows = new MarkovChain(together, Rows2, new Xoshiro256StarStar(1));
        Assert.Equal(2, rows.Sweep());
        Assert.Equal(new sbyte[] { -1, -1 }, together.Spins.ToArray());
        Assert.False(rows.RunToFixedPoint(10).Converged);

        var oneByOne = model.CreateState(new sbyte[] { 1, 1 });
        Assert.Equal(1, new MarkovChain(oneByOne, Rows2 with { Order = SiteOrder.Sequential }, new Xoshiro256StarStar(1)).Sweep());
        Assert.Equal(new sbyte[] { -1, 1 }, oneByOne.Spins.ToArray());
    }

    [Fact]
    public void Each_row_is_a_synchronous_step_of_its_sites_from_the_state_the_rows_above_left()
    {
        var rng = new Xoshiro256StarStar(7);
        var memory = new DenseAssociativeMemory(PatternSet.Random(60, 12, rng), Interaction.Polynomial, 3);
        var start = Cues.Flip(memory.Patterns.Pattern(0), 0.35, rng);
        var state = memory.CreateState(start);
        var chain = new MarkovChain(state, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity, SiteOrder.Rows, 10), rng);
        var before = rng.State;
        for (int sweep = 0; sweep < 3; sweep++)
        {
            var expected = state.Spins.ToArray();
            for (int row = 0; row < 6; row++)
            {
                var reference = memory.CreateState(expected);
                var next = (sbyte[])expected.Clone();
                for (int i = 10 * row; i < 10 * (row + 1); i++)
                {
                    double h = reference.LocalField(i);
                    next[i] = h > 0 ? (sbyte)1 : h < 0 ? (sbyte)-1 : expected[i];
                }

                expected = next;
            }

            chain.Sweep();
            Assert.Equal(expected, state.Spins.ToArray());
        }

        Assert.Equal(before, rng.State);
        Assert.True(chain.Flips > 0);
    }

    [Fact]
    public void A_sweep_without_flips_is_a_fixed_point()
    {
        var rng = new Xoshiro256StarStar(8);
        var memory = new DenseAssociativeMemory(PatternSet.Random(50, 8, rng), Interaction.Exponential, beta: 0.5);
        var state = memory.CreateState(Cues.Flip(memory.Patterns.Pattern(3), 0.2, rng));
        var relaxation = new MarkovChain(state, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity, SiteOrder.Rows, 5), rng).RunToFixedPoint(50);
        Assert.True(relaxation.Converged);
        Assert.True(MarkovChain.IsFixedPoint(state));
        Assert.Equal(memory.Patterns.Pattern(3).ToArray(), state.Spins.ToArray());
    }

    [Fact]
    public void Rows_need_the_zero_temperature_rule_and_a_width_that_tiles_the_sites()
    {
        var rng = new Xoshiro256StarStar(9);
        var network = new HopfieldNetwork(PatternSet.Random(20, 3, rng));
        var state = network.CreateState(network.Patterns.Pattern(0));
        Assert.Throws<ArgumentException>(() => new MarkovChain(state, new Dynamics(UpdateRule.Glauber, 2, SiteOrder.Rows, 5), rng));
        Assert.Throws<ArgumentException>(() => new MarkovChain(state, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity, SiteOrder.Rows), rng));
        Assert.Throws<ArgumentException>(() => new MarkovChain(state, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity, SiteOrder.Rows, 6), rng));
        Assert.Equal(
            "markov-chain: HopfieldState site access; zero-temperature, rows order (width 5); xoshiro256**",
            new MarkovChain(state, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity, SiteOrder.Rows, 5), rng).Engine);
    }
}
