using SpinGlass.Models;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Tests;

public sealed class ModelPropertyTests
{
    public static TheoryData<string> Hamiltonians => ModelCatalog.Names(hamiltoniansOnly: true);

    public static TheoryData<string> AllModels => ModelCatalog.Names(hamiltoniansOnly: false);

    [Theory]
    [MemberData(nameof(Hamiltonians))]
    public void Flip_cost_equals_the_energy_difference_after_the_flip(string name)
    {
        var model = (IEnergyModel)ModelCatalog.Get(name);
        var rng = new Xoshiro256StarStar(11);
        for (int config = 0; config < 20; config++)
        {
            var spins = ModelCatalog.RandomSpins(model.N, rng);
            double before = model.Energy(spins);
            var state = model.CreateState(spins);
            for (int i = 0; i < model.N; i++)
            {
                double cost = state.FlipCost(i);
                spins[i] = (sbyte)-spins[i];
                double after = model.Energy(spins);
                spins[i] = (sbyte)-spins[i];
                Assert.Equal(after - before, cost, 1e-9 * (1 + Math.Abs(before)));
                Assert.Equal(2 * spins[i] * state.LocalField(i), cost, 1e-12 * (1 + Math.Abs(cost)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllModels))]
    public void Cached_fields_equal_fields_from_scratch_after_a_long_random_flip_sequence(string name)
    {
        var model = ModelCatalog.Get(name);
        var rng = new Xoshiro256StarStar(5);
        var state = model.CreateState(ModelCatalog.RandomSpins(model.N, rng));
        for (int step = 0; step < 20_000; step++)
        {
            state.Flip(rng.NextInt(model.N));
        }

        var fresh = model.CreateState(state.Spins);
        for (int i = 0; i < model.N; i++)
        {
            Assert.Equal(fresh.LocalField(i), state.LocalField(i), 1e-9);
        }

        if (state is IEnergyState energyState)
        {
            Assert.Equal(((IEnergyModel)model).Energy(state.Spins), energyState.Energy, 1e-8);
        }
    }

    [Fact]
    public void Set_spins_rebuilds_the_caches()
    {
        var model = (IEnergyModel)ModelCatalog.Get("hopfield");
        var rng = new Xoshiro256StarStar(3);
        var state = model.CreateState(ModelCatalog.RandomSpins(model.N, rng));
        var other = ModelCatalog.RandomSpins(model.N, rng);
        state.SetSpins(other);
        Assert.Equal(model.Energy(other), state.Energy, 12);
        Assert.True(state.Spins.SequenceEqual(other));
    }

    [Fact]
    public void Configurations_that_are_not_plus_or_minus_one_are_rejected()
    {
        var model = new IsingLattice(LatticeKind.Chain, 3);
        Assert.Throws<ArgumentException>(() => model.CreateState(new sbyte[] { 1, 0, -1 }));
        Assert.Throws<ArgumentException>(() => model.CreateState(new sbyte[] { 1, 1 }));
    }
}
