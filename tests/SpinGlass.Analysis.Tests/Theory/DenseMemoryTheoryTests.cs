using MathNet.Numerics;
using SpinGlass.Analysis.Theory;
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
}
