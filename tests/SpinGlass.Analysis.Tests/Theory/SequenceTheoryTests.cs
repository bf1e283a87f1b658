using SpinGlass.Analysis.Theory;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.Theory;

public sealed class SequenceTheoryTests(ITestOutputHelper output)
{
    [Fact]
    public void Capacity_and_overlap_at_capacity_are_the_DCS_values()
    {
        double alphaC = SequenceTheory.CriticalLoad, mC = SequenceTheory.CriticalOverlap;
        output.WriteLine($"alpha_c = {alphaC:R} (DCS 0.269), m(alpha_c) = {mC:R} (DCS 0.835)");
        Assert.Equal(0.269, alphaC, 2e-3);
        Assert.Equal(0.835, mC, 2e-3);
    }

    [Fact]
    public void Capacity_is_the_maximum_of_the_load_along_y()
    {
        double scan = 0;
        for (double y = 0.3; y < 3; y += 1e-4)
        {
            scan = Math.Max(scan, SequenceTheory.LoadAt(y));
        }

        Assert.InRange(SequenceTheory.CriticalLoad - scan, 0, 1e-9);
    }

    [Theory]
    [InlineData(1e-4)]
    [InlineData(0.05)]
    [InlineData(0.15)]
    [InlineData(0.25)]
    [InlineData(0.2690)]
    public void Recall_overlap_solves_the_stationary_equations(double alpha)
    {
        double m = SequenceTheory.RecallOverlap(alpha);
        double c = 0, r = 1;
        for (int i = 0; i < 200; i++)
        {
            // (C, r) from their own fixed point at the returned m; m must then solve its equation.
            c = Math.Sqrt(2 / (Math.PI * alpha * r)) * Math.Exp(-m * m / (2 * alpha * r));
            r = 1 / (1 - (c * c));
        }

        Assert.Equal(m, MathNet.Numerics.SpecialFunctions.Erf(m / Math.Sqrt(2 * alpha * r)), 1e-9);
        Assert.InRange(m, SequenceTheory.CriticalOverlap, 1);
    }

    [Fact]
    public void Recall_overlap_is_one_at_zero_load_and_NaN_beyond_capacity()
    {
        Assert.Equal(1, SequenceTheory.RecallOverlap(0));
        Assert.Equal(SequenceTheory.CriticalOverlap, SequenceTheory.RecallOverlap(SequenceTheory.CriticalLoad), 1e-6);
        Assert.True(double.IsNaN(SequenceTheory.RecallOverlap(SequenceTheory.CriticalLoad * 1.0001)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SequenceTheory.RecallOverlap(-0.1));
    }

    [Fact]
    public void Recall_overlap_decreases_with_load()
    {
        double previous = 1;
        for (double alpha = 0.05; alpha < 0.269; alpha += 0.01)
        {
            double m = SequenceTheory.RecallOverlap(alpha);
            Assert.True(m < previous);
            previous = m;
        }
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(3)]
    [InlineData(100)]
    public void Dwell_time_is_tau_for_a_pure_delay_and_tau_one_plus_lambda_over_two_lambda_for_a_step(double lambda)
    {
        Assert.Equal(8, SequenceTheory.DwellTime(SequenceDelayKernel.PureDelay, 8, lambda));
        double step = SequenceTheory.DwellTime(SequenceDelayKernel.Step, 8, lambda);
        Assert.Equal(8 * (1 + lambda) / (2 * lambda), step, 1e-12);
        Assert.InRange(step, 4, 8);
    }

    [Theory]
    [InlineData(SequenceDelayKernel.PureDelay, 1)]
    [InlineData(SequenceDelayKernel.Step, 1)]
    [InlineData(SequenceDelayKernel.Step, 0.5)]
    [InlineData(SequenceDelayKernel.Step, -2)]
    public void Dwell_time_is_NaN_without_transitions_when_lambda_is_at_most_one(SequenceDelayKernel kernel, double lambda) =>
        Assert.True(double.IsNaN(SequenceTheory.DwellTime(kernel, 5, lambda)));

    [Fact]
    public void Dwell_time_rejects_a_non_positive_delay() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SequenceTheory.DwellTime(SequenceDelayKernel.Step, 0, 2));

    [Theory]
    [InlineData(0.05, 0.5, 0.93159)]
    [InlineData(0.05, 0.7, 0.73380)]
    [InlineData(0.1, 0.5, 0.88497)]
    [InlineData(0.2, 0.3, 0.89022)]
    public void Finite_temperature_overlap_matches_an_independent_quadrature(double alpha, double temperature, double reference)
    {
        // reference: a plain 4001-point Riemann sum of the same equations, iterated from m = 1 (a different code path)
        double m = SequenceTheory.RecallOverlap(alpha, temperature);
        output.WriteLine($"alpha = {alpha}, T = {temperature}: m = {m:F6} (reference {reference})");
        Assert.Equal(reference, m, 5e-5);
    }

    [Fact]
    public void Finite_temperature_overlap_joins_its_limits()
    {
        // T → 0: the T = 0 solution; α → 0: the Curie–Weiss m = tanh(m/T)
        foreach (double alpha in new[] { 0.05, 0.15, 0.25 })
        {
            Assert.Equal(SequenceTheory.RecallOverlap(alpha), SequenceTheory.RecallOverlap(alpha, 1e-3), 1e-5);
        }

        double curieWeiss = MathNet.Numerics.RootFinding.Brent.FindRoot(x => x - Math.Tanh(x / 0.5), 0.5, 1, 1e-14);
        Assert.Equal(curieWeiss, SequenceTheory.RecallOverlap(1e-9, 0.5), 1e-6);
    }

    [Theory]
    [InlineData(0.05, 0.9)]
    [InlineData(0.1, 0.7)]
    [InlineData(0.2, 0.5)]
    [InlineData(0.0, 1.2)]
    [InlineData(0.3, 0.1)]
    public void Recall_is_lost_at_high_temperature_or_load(double alpha, double temperature) =>
        Assert.True(double.IsNaN(SequenceTheory.RecallOverlap(alpha, temperature)));
}
