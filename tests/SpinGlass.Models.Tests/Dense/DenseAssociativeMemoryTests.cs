using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using Xunit.Abstractions;

namespace SpinGlass.Models.Tests.Dense;

public sealed class DenseAssociativeMemoryTests(ITestOutputHelper output)
{
    [Fact]
    public void Quadratic_energy_is_2N_times_the_Hopfield_energy_minus_pN_and_fields_scale_by_2N()
    {
        // Hopfield: E_H = (pN − Σ_μ M_μ²)/(2N), so E_dense = −Σ_μ M_μ² = 2N·E_H − pN and h_dense = 2N·h_H.
        var rng = new Xoshiro256StarStar(41);
        var patterns = PatternSet.Random(45, 7, rng);
        var dense = new DenseAssociativeMemory(patterns, Interaction.Polynomial, 2);
        var hopfield = new HopfieldNetwork(patterns);
        int n = patterns.N, p = patterns.P;
        for (int trial = 0; trial < 10; trial++)
        {
            var s = ModelCatalog.RandomSpins(n, rng);
            Assert.Equal(2.0 * n * hopfield.Energy(s) - p * n, dense.Energy(s), 1e-9);
            var denseState = dense.CreateState(s);
            var hopfieldState = hopfield.CreateState(s);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(2.0 * n * hopfieldState.LocalField(i), denseState.LocalField(i), 1e-9);
            }
        }
    }

    [Theory]
    [InlineData(Interaction.Polynomial, 3)]
    [InlineData(Interaction.RectifiedPolynomial, 4)]
    [InlineData(Interaction.Exponential, 0)]
    public void Local_field_is_half_the_Krotov_Hopfield_update_sum(Interaction interaction, int power)
    {
        var rng = new Xoshiro256StarStar(42);
        var model = new DenseAssociativeMemory(PatternSet.Random(25, 6, rng), interaction, Math.Max(power, 2));
        var s = ModelCatalog.RandomSpins(model.N, rng);
        var state = model.CreateState(s);
        for (int i = 0; i < model.N; i++)
        {
            double sum = 0;
            for (int mu = 0; mu < model.K; mu++)
            {
                var xi = model.Patterns.Pattern(mu);
                int rest = model.Patterns.Overlap(mu, s) - xi[i] * s[i];
                sum += model.F(xi[i] + rest) - model.F(-xi[i] + rest);
            }

            Assert.Equal(sum / 2, state.LocalField(i), 1e-12 * (1 + Math.Abs(sum)));
        }
    }

    [Theory]
    [InlineData(Interaction.Polynomial)]
    [InlineData(Interaction.RectifiedPolynomial)]
    [InlineData(Interaction.Exponential)]
    public void Stored_patterns_are_fixed_points_at_low_load(Interaction interaction)
    {
        var rng = new Xoshiro256StarStar(43);
        var model = new DenseAssociativeMemory(PatternSet.Random(80, 30, rng), interaction, 3);
        for (int mu = 0; mu < model.K; mu++)
        {
            var state = model.CreateState(model.Patterns.Pattern(mu));
            for (int i = 0; i < model.N; i++)
            {
                Assert.True(state.FlipCost(i) > 0, $"pattern {mu}, neuron {i}: ΔE = {state.FlipCost(i)}");
            }
        }
    }

    [Fact]
    public void One_asynchronous_sweep_at_a_stored_pattern_flips_about_one_bit_in_a_thousand_for_n3_N100_K361()
    {
        // docs/physics.md, "Dense associative memory": N = 100, n = 3, K = 361 has per-bit error ≈ 1.3e-3 (signal-to-noise estimate).
        var rng = new Xoshiro256StarStar(44);
        var model = new DenseAssociativeMemory(PatternSet.Random(100, 361, rng), Interaction.Polynomial, 3);
        long flips = 0;
        for (int mu = 0; mu < model.K; mu++)
        {
            var state = model.CreateState(model.Patterns.Pattern(mu));
            for (int i = 0; i < model.N; i++)
            {
                if (state.LocalField(i) * state.Spins[i] < 0)
                {
                    state.Flip(i);
                    flips++;
                }
            }
        }

        double error = (double)flips / ((long)model.K * model.N);
        output.WriteLine($"per-bit error after one asynchronous sweep: {error:G3} ({flips} of {model.K * model.N} bits)");
        Assert.InRange(error, 2e-4, 5e-3);
    }

    [Fact]
    public void Polynomial_flip_costs_are_exact_integers()
    {
        var rng = new Xoshiro256StarStar(45);
        var model = new DenseAssociativeMemory(PatternSet.Random(200, 50, rng), Interaction.Polynomial, 6);
        var s = ModelCatalog.RandomSpins(model.N, rng);
        var state = (DenseAssociativeMemoryState)model.CreateState(s);
        long before = (long)model.Energy(s);
        for (int i = 0; i < model.N; i += 17)
        {
            s[i] = (sbyte)-s[i];
            long after = (long)model.Energy(s);
            s[i] = (sbyte)-s[i];
            Assert.Equal(after - before, state.IntegerFlipCost(i));
        }
    }

    [Fact]
    public void Invalid_powers_are_rejected()
    {
        var rng = new Xoshiro256StarStar(46);
        var patterns = PatternSet.Random(100, 10, rng);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DenseAssociativeMemory(patterns, Interaction.Polynomial, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DenseAssociativeMemory(patterns, Interaction.RectifiedPolynomial, 10));
        Assert.Equal(0, new DenseAssociativeMemory(patterns, Interaction.Exponential, 1).Power);
    }

    [Fact]
    public void Exponential_energy_stays_finite_and_between_minus_K_and_zero_for_large_N()
    {
        var rng = new Xoshiro256StarStar(47);
        var model = new DenseAssociativeMemory(PatternSet.Random(2000, 4, rng), Interaction.Exponential);
        double energy = model.Energy(model.Patterns.Pattern(0));
        Assert.InRange(energy, -model.K, -1.0);
        Assert.True(double.IsFinite(model.CreateState(model.Patterns.Pattern(0)).FlipCost(3)));
    }
}
