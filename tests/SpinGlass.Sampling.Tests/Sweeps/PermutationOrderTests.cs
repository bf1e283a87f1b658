using SpinGlass.Models;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Tests.Sweeps;

public sealed class PermutationOrderTests
{
    [Theory]
    [InlineData(UpdateRule.Glauber)]
    [InlineData(UpdateRule.Metropolis)]
    [InlineData(UpdateRule.ZeroTemperature)]
    public void Each_sweep_visits_every_site_exactly_once_in_a_fresh_order(UpdateRule rule)
    {
        const int N = 37;
        var state = new RecordingState(N);
        var chain = new MarkovChain(state, new Dynamics(rule, 0.7, SiteOrder.Permutation), new Xoshiro256StarStar(11));
        Assert.EndsWith($", permutation order; xoshiro256**", chain.Engine, StringComparison.Ordinal);
        var orders = new HashSet<string>();
        for (int sweep = 0; sweep < 50; sweep++)
        {
            state.Visits.Clear();
            chain.Sweep();
            Assert.Equal(Enumerable.Range(0, N), state.Visits.Order());
            orders.Add(string.Join(',', state.Visits));
        }

        Assert.Equal(50, orders.Count);
    }

    [Fact]
    public void Every_site_comes_first_about_equally_often()
    {
        const int N = 5, Sweeps = 20_000;
        var state = new RecordingState(N);
        var chain = new MarkovChain(state, new Dynamics(UpdateRule.Glauber, 1, SiteOrder.Permutation), new Xoshiro256StarStar(12));
        var first = new int[N];
        var pairs = new int[N, N];
        for (int sweep = 0; sweep < Sweeps; sweep++)
        {
            state.Visits.Clear();
            chain.Sweep();
            first[state.Visits[0]]++;
            pairs[state.Visits[0], state.Visits[1]]++;
        }

        // binomial(20000, 1/5): σ ≈ 57; (first, second) pairs binomial(20000, 1/20): σ ≈ 31 — five σ either way
        Assert.All(first, count => Assert.InRange(count, 4000 - 285, 4000 + 285));
        for (int a = 0; a < N; a++)
        {
            for (int b = 0; b < N; b++)
            {
                Assert.InRange(pairs[a, b], a == b ? 0 : 1000 - 155, a == b ? 0 : 1000 + 155);
            }
        }
    }

    /// <summary>Records the sites whose field or flip cost the chain asks for (one per decision); both are zero and flips do nothing.</summary>
    private sealed class RecordingState(int n) : IEnergyState
    {
        private readonly sbyte[] _spins = Enumerable.Repeat((sbyte)1, n).ToArray();

        public List<int> Visits { get; } = [];

        public int N => n;

        public ReadOnlySpan<sbyte> Spins => _spins;

        public double Energy => 0;

        public double LocalField(int i) => Record(i);

        public double FlipCost(int i) => Record(i);

        public void Flip(int i)
        {
        }

        public void SetSpins(ReadOnlySpan<sbyte> spins)
        {
        }

        private double Record(int i)
        {
            Visits.Add(i);
            return 0;
        }
    }
}
