using System.Diagnostics;
using SpinGlass.Analysis.Theory;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.Theory;

public sealed class PhaseDiagramTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(0.05, 0.542)]
    [InlineData(0.10, 0.315)]
    public void Retrieval_limit_temperature_matches_AGS(double alpha, double expected)
    {
        double tm = AgsPhaseDiagram.RetrievalLimitTemperature(alpha);
        output.WriteLine($"T_M({alpha}) = {tm:R} (AGS {expected})");
        Assert.Equal(expected, tm, 2e-3);
        Assert.Equal(alpha, AgsPhaseDiagram.CriticalLoadAt(tm), 1e-10);
    }

    [Fact]
    public void Retrieval_limit_follows_one_minus_1_95_root_alpha_at_small_load()
    {
        double alpha = 0.001, tm = AgsPhaseDiagram.RetrievalLimitTemperature(alpha);
        double asymptote = 1 - (1.95 * Math.Sqrt(alpha));
        output.WriteLine($"T_M(0.001) = {tm:R}; 1 - 1.95 sqrt(alpha) = {asymptote:R}");
        Assert.Equal(1, (1 - tm) / (1 - asymptote), 0.03);
    }

    [Fact]
    public void Global_stability_line_follows_one_minus_2_6_root_alpha_at_small_load()
    {
        double alpha = 0.001, tc = AgsPhaseDiagram.GlobalStabilityTemperature(alpha);
        double asymptote = 1 - (2.6 * Math.Sqrt(alpha));
        output.WriteLine($"T_c(0.001) = {tc:R}; 1 - 2.6 sqrt(alpha) = {asymptote:R}");
        Assert.Equal(1, (1 - tc) / (1 - asymptote), 0.05);
    }

    [Fact]
    public void Retrieval_line_is_slightly_reentrant_at_low_temperature()
    {
        var tip = AgsPhaseDiagram.RetrievalLimitTip;
        double alphaC = AgsPhaseDiagram.CriticalLoad, upper = AgsPhaseDiagram.RetrievalLimitTemperature(alphaC);
        output.WriteLine($"max_T alpha_M(T) = {tip.Alpha:R} at T = {tip.Temperature:R}; T_M(alpha_c) = {upper:R}");
        Assert.InRange(tip.Alpha, alphaC + 1e-4, alphaC + 1e-3);
        Assert.InRange(tip.Temperature, 0.005, 0.05);
        Assert.Equal(tip.Alpha, AgsPhaseDiagram.CriticalLoadAt(tip.Temperature), 1e-14);
        Assert.True(upper > tip.Temperature);
        Assert.Equal(alphaC, AgsPhaseDiagram.CriticalLoadAt(upper), 1e-10);
        Assert.True(double.IsNaN(AgsPhaseDiagram.RetrievalLimitTemperature(tip.Alpha + 1e-6)));

        // Beyond α_c the retrieval state exists only at T > 0: check it against the equations by brute force.
        double beta = 1 / tip.Temperature;
        var s = AgsReplicaSymmetric.Solve(0.5 * (alphaC + tip.Alpha), beta, ReplicaSymmetricBranch.Retrieval);
        Assert.True(s.Converged);
        var (tanh, sech2) = ReferenceGaussian.TanhMoments(beta, s.M, s.Sigma);
        Assert.Equal(tanh, s.M, 1e-11);
        Assert.Equal(sech2, 1 - s.Q, 1e-11);
        Assert.False(AgsReplicaSymmetric.Solve(0.5 * (alphaC + tip.Alpha), double.PositiveInfinity, ReplicaSymmetricBranch.Retrieval).Converged);
    }

    [Fact]
    public void Global_stability_line_is_reentrant_between_0_0519_and_its_tip()
    {
        var tip = AgsPhaseDiagram.GlobalStabilityTip;
        double zeroT = AgsPhaseDiagram.GlobalStabilityLoad;
        output.WriteLine($"max_T alpha_c(T) = {tip.Alpha:R} at T = {tip.Temperature:R}; alpha_c(0) = {zeroT:R}");
        Assert.InRange(tip.Alpha, zeroT + 5e-4, zeroT + 3e-3);
        Assert.InRange(tip.Temperature, 0.02, 0.2);

        // Just beyond the T = 0 end, retrieval wins only in a window of temperature, closed above by T_c(α).
        double alpha = 0.5 * (zeroT + tip.Alpha), tc = AgsPhaseDiagram.GlobalStabilityTemperature(alpha);
        Assert.True(StabilityGap(alpha, 0) > 0);
        Assert.True(StabilityGap(alpha, tip.Temperature) < 0);
        Assert.Equal(0, StabilityGap(alpha, tc), 1e-12);
        Assert.True(StabilityGap(alpha, tc + 0.01) > 0);
        Assert.Equal(alpha, AgsPhaseDiagram.GlobalStabilityLoadAt(tc), 1e-9);
        Assert.True(double.IsNaN(AgsPhaseDiagram.GlobalStabilityTemperature(tip.Alpha + 1e-6)));
    }

    private static double StabilityGap(double alpha, double temperature) =>
        AgsReplicaSymmetric.FreeEnergy(AgsReplicaSymmetric.Solve(alpha, 1 / temperature, ReplicaSymmetricBranch.Retrieval))
        - AgsReplicaSymmetric.FreeEnergy(AgsReplicaSymmetric.Solve(alpha, 1 / temperature, ReplicaSymmetricBranch.SpinGlass));

    [Fact]
    public void Lines_are_ordered_and_end_where_they_should()
    {
        Assert.Equal(1, AgsPhaseDiagram.RetrievalLimitTemperature(0));
        Assert.Equal(1, AgsPhaseDiagram.GlobalStabilityTemperature(0));
        Assert.Equal(AgsPhaseDiagram.CriticalLoad, AgsPhaseDiagram.CriticalLoadAt(0));
        Assert.Equal(0, AgsPhaseDiagram.CriticalLoadAt(1));
        Assert.Equal(0, AgsPhaseDiagram.GlobalStabilityLoadAt(1));
        Assert.True(double.IsNaN(AgsPhaseDiagram.RetrievalLimitTemperature(0.14)));
        double previousM = 1, previousC = 1;
        foreach (double alpha in new[] { 0.005, 0.02, 0.04, 0.05 })
        {
            double tm = AgsPhaseDiagram.RetrievalLimitTemperature(alpha), tc = AgsPhaseDiagram.GlobalStabilityTemperature(alpha);
            Assert.True(tc < tm && tm < 1 && tm < AgsPhaseDiagram.SpinGlassTemperature(alpha));
            Assert.True(tm < previousM && tc < previousC);
            Assert.Equal(alpha, AgsPhaseDiagram.GlobalStabilityLoadAt(tc), 1e-9);
            (previousM, previousC) = (tm, tc);
        }
    }

    [Fact]
    public void Retrieval_state_disappears_at_the_fold_and_plain_iteration_collapses_beyond_it()
    {
        const double temperature = 0.5;
        double alphaM = AgsPhaseDiagram.CriticalLoadAt(temperature);
        var inside = AgsReplicaSymmetric.Solve(alphaM * (1 - 1e-6), 1 / temperature, ReplicaSymmetricBranch.Retrieval);
        var outside = AgsReplicaSymmetric.Solve(alphaM * (1 + 1e-6), 1 / temperature, ReplicaSymmetricBranch.Retrieval);
        Assert.True(inside.Converged && inside.M > 0.8);
        Assert.False(outside.Converged);

        // Independent check: the fixed-point map started at the pattern keeps m just below α_M, loses it just above.
        double below = ReferenceGaussian.IterateFromPattern(0.98 * alphaM, 1 / temperature, 400);
        double above = ReferenceGaussian.IterateFromPattern(1.02 * alphaM, 1 / temperature, 400);
        output.WriteLine($"alpha_M(0.5) = {alphaM:R}; iterated m at 0.98 alpha_M = {below:R}, at 1.02 alpha_M = {above:R}");
        Assert.Equal(AgsReplicaSymmetric.RetrievalOverlap(0.98 * alphaM, temperature), below, 1e-6);
        Assert.True(above < 0.05);
    }

    [Fact]
    public void Every_point_of_a_phase_diagram_line_is_found()
    {
        _ = (AgsPhaseDiagram.RetrievalLimitTip, AgsPhaseDiagram.GlobalStabilityTip);
        var clock = Stopwatch.StartNew();
        for (int i = 1; i <= 10; i++)
        {
            Assert.False(double.IsNaN(AgsPhaseDiagram.RetrievalLimitTemperature(0.013 * i)));
            Assert.False(double.IsNaN(AgsPhaseDiagram.GlobalStabilityTemperature(0.005 * i)));
        }

        // timing is reported, not asserted: wall-clock time depends on the machine and its load
        output.WriteLine($"10 T_M and 10 T_c points: {clock.ElapsedMilliseconds} ms");
    }
}
