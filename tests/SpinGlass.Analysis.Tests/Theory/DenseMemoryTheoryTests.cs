using MathNet.Numerics;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.Theory;

public sealed class DenseMemoryTheoryTests(ITestOutputHelper output)
{
    [Fact]
    public void Per_bit_error_for_N_100_cubic_and_361_patterns_is_the_Krotov_Hopfield_value()
    {
        double asymptotic = DenseMemoryTheory.PerBitError(3, 100, 361);
        double gaussian = DenseMemoryTheory.PerBitErrorGaussian(3, 100, 361);
        output.WriteLine($"P = {asymptotic:R} (KH 1.3e-3), Gaussian tail {gaussian:R}");
        Assert.Equal(1.3e-3, asymptotic, 0.05e-3);
        Assert.InRange(gaussian, 0.85 * asymptotic, asymptotic);
    }

    [Fact]
    public void Gaussian_tail_is_half_erfc_of_the_signal_to_noise_ratio_over_root_two()
    {
        double snr2 = 100.0 * 100 / (361 * 3);
        Assert.Equal(0.5 * SpecialFunctions.Erfc(Math.Sqrt(snr2 / 2)), DenseMemoryTheory.PerBitErrorGaussian(3, 100, 361), 1e-15);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(1000)]
    [InlineData(1e5)]
    public void Error_free_capacity_for_n_2_is_McEliece_N_over_two_ln_N(double neurons) =>
        Assert.Equal(neurons / (2 * Math.Log(neurons)), DenseMemoryTheory.ErrorFreeCapacity(2, neurons), 1e-9 * neurons);

    [Fact]
    public void Error_free_capacity_for_n_3_divides_N_squared_by_six_ln_N() =>
        Assert.Equal(1e4 / (6 * Math.Log(100)), DenseMemoryTheory.ErrorFreeCapacity(3, 100), 1e-9);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Per_bit_error_increases_with_the_number_of_patterns(int degree)
    {
        double previousTail = 0, previousAsymptotic = 0;
        for (double k = 1; k <= 2000; k *= 1.5)
        {
            double tail = DenseMemoryTheory.PerBitErrorGaussian(degree, 100, k);
            double asymptotic = DenseMemoryTheory.PerBitError(degree, 100, k);
            Assert.True(tail >= previousTail);
            Assert.True(asymptotic >= previousAsymptotic);
            (previousTail, previousAsymptotic) = (tail, asymptotic);
        }

        Assert.InRange(previousTail, 0, 0.5);
    }

    [Theory]
    [InlineData(2, 1e-3)]
    [InlineData(3, 1.3e-3)]
    [InlineData(4, 1e-2)]
    public void Capacity_at_error_inverts_the_Gaussian_tail(int degree, double error)
    {
        double k = DenseMemoryTheory.CapacityAtError(degree, 100, error);
        Assert.Equal(error, DenseMemoryTheory.PerBitErrorGaussian(degree, 100, k), 1e-12);
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DenseMemoryTheory.PerBitError(1, 100, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => DenseMemoryTheory.PerBitError(3, 1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => DenseMemoryTheory.PerBitError(3, 100, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DenseMemoryTheory.CapacityAtError(3, 100, 0.5));
    }

    [Theory]
    [InlineData(2, 30)]
    [InlineData(3, 722)]
    [InlineData(4, 10000)]
    public void Rectified_per_bit_error_is_the_polynomial_one_at_half_the_patterns(int degree, double patterns)
    {
        Assert.Equal(DenseMemoryTheory.PerBitError(degree, 100, patterns / 2), DenseMemoryTheory.RectifiedPerBitError(degree, 100, patterns));
        Assert.True(DenseMemoryTheory.RectifiedPerBitError(degree, 100, patterns) < DenseMemoryTheory.PerBitError(degree, 100, patterns));
    }

    [Fact]
    public void Rectified_cubic_memory_flips_the_bits_the_signal_to_noise_theory_predicts()
    {
        // N = 100, n = 3, K = 1444: the Gaussian tail at K/2 gives P ≈ 0.017 (the polynomial at K: ≈ 0.064). 120 pattern
        // sets, 12,000 bits; the crosstalk is a sum of 1443 terms, so the Gaussian form holds at this P.
        const int Neurons = 100, Patterns = 1444, Sets = 120;
        var rng = new Xoshiro256StarStar(1444);
        var rectified = new double[Sets];
        var polynomial = new double[Sets];
        for (int set = 0; set < Sets; set++)
        {
            var patterns = PatternSet.Random(Neurons, Patterns, rng);
            rectified[set] = BitErrors(new DenseAssociativeMemory(patterns, Interaction.RectifiedPolynomial, 3));
            polynomial[set] = BitErrors(new DenseAssociativeMemory(patterns, Interaction.Polynomial, 3));
        }

        double mean = rectified.Average(), error = StandardError(rectified), other = polynomial.Average();
        double theory = DenseMemoryTheory.PerBitErrorGaussian(3, Neurons, DenseMemoryTheory.RectifiedCrosstalkShare * Patterns);
        output.WriteLine($"rectified: {mean:F4} ± {error:F4}, Gaussian tail at K/2 {theory:F4}, asymptotic {DenseMemoryTheory.RectifiedPerBitError(3, Neurons, Patterns):F4}; polynomial at K: {other:F4} ± {StandardError(polynomial):F4}, theory {DenseMemoryTheory.PerBitErrorGaussian(3, Neurons, Patterns):F4}");
        Assert.InRange(mean, theory - (2.5 * error), theory + (2.5 * error));
        Assert.InRange(error, 0, 0.1 * theory);
        Assert.True(other > mean + (10 * error), "the polynomial at the same K flips several times more bits");
    }

    /// <summary>The fraction of ξ¹'s bits with a negative flip cost at s = ξ¹.</summary>
    private static double BitErrors(DenseAssociativeMemory memory)
    {
        var state = memory.CreateState(memory.Patterns.Pattern(0));
        int unstable = 0;
        for (int i = 0; i < memory.N; i++)
        {
            unstable += state.FlipCost(i) < 0 ? 1 : 0;
        }

        return (double)unstable / memory.N;
    }

    private static double StandardError(double[] values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1) / values.Length);
    }
}
