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

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.05)]
    [InlineData(0.37)]
    [InlineData(2.5)]
    [InlineData(40)]
    [InlineData(300)]
    public void Exponential_flip_costs_equal_energy_differences_for_beta_other_than_one(double beta)
    {
        // Near a stored pattern ΔE is of the order of the energy itself, so 1e-12 of Σ_μ F(M_μ) is a relative test; the
        // distances are those the dense config allows a cue at this β (2β(distance + 1) ≤ 650).
        var rng = new Xoshiro256StarStar(48);
        var model = new DenseAssociativeMemory(PatternSet.Random(30, 8, rng), Interaction.Exponential, beta: beta);
        foreach (int distance in new[] { 0, 1, 3, 6, 8, 10 }.Where(d => 2 * beta * (d + 1) <= 650))
        {
            var s = Cues.Flip(model.Patterns.Pattern(2), distance / 30.0, rng);
            var state = model.CreateState(s);
            double before = model.Energy(s);
            for (int i = 0; i < model.N; i++)
            {
                s[i] = (sbyte)-s[i];
                double after = model.Energy(s);
                s[i] = (sbyte)-s[i];
                Assert.Equal(after - before, state.FlipCost(i), 1e-12 * -before);
                Assert.NotEqual(0, state.FlipCost(i));
            }
        }
    }

    [Theory]
    [InlineData(1e-6)]
    [InlineData(1e-3)]
    [InlineData(0.3)]
    [InlineData(1)]
    [InlineData(7)]
    public void One_exponential_pattern_costs_one_minus_e_to_the_minus_two_beta_to_leave(double beta)
    {
        // K = 1 at s = ξ: E = −1, and each flip costs 1 − e^{−2β} = 2β − 2β² + 4β³/3 − … (the series is exact for small β).
        var model = new DenseAssociativeMemory(PatternSet.Random(12, 1, new Xoshiro256StarStar(49)), Interaction.Exponential, beta: beta);
        var state = model.CreateState(model.Patterns.Pattern(0));
        double expected = beta < 0.01 ? OneMinusExpSeries(2 * beta) : 1 - Math.Exp(-2 * beta);
        Assert.Equal(-1.0, model.Energy(model.Patterns.Pattern(0)));
        for (int i = 0; i < model.N; i++)
        {
            Assert.Equal(expected, state.FlipCost(i), 2e-15 * expected);
        }
    }

    [Fact]
    public void Exponential_F_is_e_to_the_beta_times_the_overlap_minus_N()
    {
        var model = new DenseAssociativeMemory(PatternSet.Random(20, 3, new Xoshiro256StarStar(50)), Interaction.Exponential, beta: 0.25);
        for (int x = -20; x <= 20; x++)
        {
            Assert.Equal(Math.Exp(0.25 * (x - 20)), model.F(x));
        }

        Assert.Equal(0.25, model.Beta);
        Assert.Contains("β=0.25", model.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Beta_one_keeps_the_exponential_numbers_bit_for_bit()
    {
        // The numbers before model.beta existed: F(x) = e^{x−N}, flip-cost factors 1 − e^{−2} and 1 − e^{2}.
        var rng = new Xoshiro256StarStar(51);
        var model = new DenseAssociativeMemory(PatternSet.Random(40, 9, rng), Interaction.Exponential);
        for (int x = -40; x <= 40; x++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Exp(x - 40)), BitConverter.DoubleToInt64Bits(model.F(x)));
        }

        var s = ModelCatalog.RandomSpins(model.N, rng);
        var state = (DenseAssociativeMemoryState)model.CreateState(s);
        for (int i = 0; i < model.N; i++)
        {
            double down = 0, up = 0;
            for (int mu = 0; mu < model.K; mu++)
            {
                double f = Math.Exp(state.Overlaps[mu] - 40);
                if (model.Patterns.Pattern(mu)[i] * s[i] > 0)
                {
                    down += f;
                }
                else
                {
                    up += f;
                }
            }

            double legacy = ((1 - Math.Exp(-2)) * down) + ((1 - Math.Exp(2)) * up);
            Assert.Equal(BitConverter.DoubleToInt64Bits(legacy), BitConverter.DoubleToInt64Bits(state.FlipCost(i)));
        }

        Assert.Equal("dense exponential N=40 K=9", model.Description);
    }

    [Fact]
    public void The_largest_beta_keeps_flip_costs_finite()
    {
        var rng = new Xoshiro256StarStar(52);
        var model = new DenseAssociativeMemory(PatternSet.Random(16, 5, rng), Interaction.Exponential, beta: DenseAssociativeMemory.MaxBeta);
        var atPattern = model.CreateState(model.Patterns.Pattern(0));
        var random = model.CreateState(ModelCatalog.RandomSpins(model.N, rng));
        for (int i = 0; i < model.N; i++)
        {
            Assert.True(double.IsFinite(random.FlipCost(i)));
            Assert.InRange(atPattern.FlipCost(i), 1 - 1e-12, 1 + 1e-12);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(354.5)]
    [InlineData(double.PositiveInfinity)]
    public void Betas_outside_zero_to_354_are_rejected(double beta)
    {
        var patterns = PatternSet.Random(20, 3, new Xoshiro256StarStar(53));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DenseAssociativeMemory(patterns, Interaction.Exponential, beta: beta));
    }

    [Fact]
    public void The_polynomial_kinds_take_no_beta()
    {
        var patterns = PatternSet.Random(20, 3, new Xoshiro256StarStar(54));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DenseAssociativeMemory(patterns, Interaction.Polynomial, 3, beta: 2));
        Assert.Equal(1, new DenseAssociativeMemory(patterns, Interaction.RectifiedPolynomial, 3).Beta);
    }

    private static double OneMinusExpSeries(double x)
    {
        // 1 − e^{−x} = x − x²/2 + x³/6 − …, summed to far below double precision for x ≤ 0.02
        double term = x, sum = 0;
        for (int k = 1; k <= 12; k++)
        {
            sum += term;
            term *= -x / (k + 1);
        }

        return sum;
    }
}
