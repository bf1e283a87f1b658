using MathNet.Numerics;
using SpinGlass.Analysis.Theory;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.Theory;

public sealed class ZeroTemperatureTests(ITestOutputHelper output)
{
    private static double LoadOf(double y)
    {
        double bracket = (SpecialFunctions.Erf(y) / y) - (2 / Math.Sqrt(Math.PI) * Math.Exp(-y * y));
        return 0.5 * bracket * bracket;
    }

    [Fact]
    public void Capacity_is_the_AGS_value_and_the_maximum_of_alpha_of_y()
    {
        double alphaC = AgsPhaseDiagram.CriticalLoad, mC = AgsPhaseDiagram.CriticalOverlap;
        output.WriteLine($"alpha_c = {alphaC:R} (AGS 0.137906), m(alpha_c) = {mC:R} (AGS 0.9674)");
        Assert.Equal(0.137906, alphaC, 1e-5);
        Assert.Equal(0.9674, mC, 1e-4);

        double scan = 0;
        for (double y = 0.5; y < 3; y += 1e-4)
        {
            scan = Math.Max(scan, LoadOf(y));
        }

        Assert.InRange(alphaC - scan, 0, 1e-9);
        Assert.True(double.IsNaN(AgsReplicaSymmetric.RetrievalOverlap(alphaC * 1.0001, 0)));
        Assert.Equal(mC, AgsReplicaSymmetric.RetrievalOverlap(alphaC, 0), 1e-6);
    }

    [Theory]
    [InlineData(1e-6)]
    [InlineData(0.02)]
    [InlineData(0.05)]
    [InlineData(0.10)]
    [InlineData(0.12)]
    [InlineData(0.1379)]
    public void Retrieval_state_solves_the_zero_temperature_equations(double alpha)
    {
        var s = AgsReplicaSymmetric.Solve(alpha, double.PositiveInfinity, ReplicaSymmetricBranch.Retrieval);
        output.WriteLine($"T = 0, alpha = {alpha}: m = {s.M:R}, C = {s.C:R}, r = {s.R:R}, u = {AgsReplicaSymmetric.Energy(s):R}");
        Assert.True(s.Converged);
        double ar = alpha * s.R;
        Assert.Equal(SpecialFunctions.Erf(s.M / Math.Sqrt(2 * ar)), s.M, 1e-13);
        Assert.Equal(Math.Sqrt(2 / (Math.PI * ar)) * Math.Exp(-s.M * s.M / (2 * ar)), s.C, 1e-12);
        Assert.Equal(1 / ((1 - s.C) * (1 - s.C)), s.R, 1e-12);
        Assert.True(s.M > AgsPhaseDiagram.CriticalOverlap - 1e-9, "the retrieval root lies above the fold");
    }

    [Fact]
    public void Zero_temperature_overlaps_for_the_Monte_Carlo_comparison_lie_between_the_ends()
    {
        double m10 = AgsReplicaSymmetric.RetrievalOverlap(0.10, 0), m12 = AgsReplicaSymmetric.RetrievalOverlap(0.12, 0);
        output.WriteLine($"T = 0: m(0.10) = {m10:R}, m(0.12) = {m12:R}");
        Assert.True(1 > m10 && m10 > m12 && m12 > AgsPhaseDiagram.CriticalOverlap);
    }

    [Theory]
    [InlineData(1e-8)]
    [InlineData(0.01)]
    [InlineData(0.1)]
    [InlineData(0.5)]
    public void Spin_glass_ground_state_energy_is_minus_one_over_pi_minus_root_two_alpha_over_pi(double alpha)
    {
        var s = AgsReplicaSymmetric.Solve(alpha, double.PositiveInfinity, ReplicaSymmetricBranch.SpinGlass);
        double expected = (-1 / Math.PI) - Math.Sqrt(2 * alpha / Math.PI);
        Assert.Equal(expected, AgsReplicaSymmetric.Energy(s), 1e-12);
        Assert.Equal(expected, AgsReplicaSymmetric.FreeEnergy(s), 1e-12);
        Assert.Equal(Math.Sqrt(2 / (Math.PI * alpha * s.R)), s.C, 1e-12);
    }

    [Fact]
    public void Pattern_energy_tends_to_minus_one_half_as_the_load_vanishes()
    {
        var s = AgsReplicaSymmetric.Solve(1e-6, double.PositiveInfinity, ReplicaSymmetricBranch.Retrieval);
        Assert.Equal(-0.5, AgsReplicaSymmetric.Energy(s), 1e-6);
        Assert.Equal(1.0, s.M, 1e-12);
    }

    [Fact]
    public void Retrieval_stops_being_the_ground_state_at_alpha_0_0519()
    {
        double load = AgsPhaseDiagram.GlobalStabilityLoad;
        output.WriteLine($"T_c(alpha) = 0 at alpha = {load:R} (AGS 0.0519)");
        Assert.Equal(0.0519, load, 1e-3);
        double Gap(double alpha) =>
            AgsReplicaSymmetric.Energy(AgsReplicaSymmetric.Solve(alpha, double.PositiveInfinity, ReplicaSymmetricBranch.Retrieval))
            - AgsReplicaSymmetric.Energy(AgsReplicaSymmetric.Solve(alpha, double.PositiveInfinity, ReplicaSymmetricBranch.SpinGlass));
        Assert.Equal(0, Gap(load), 1e-12);
        Assert.True(Gap(0.9 * load) < 0 && Gap(1.1 * load) > 0);
        Assert.Equal(load, AgsPhaseDiagram.GlobalStabilityLoadAt(0), 1e-15);
    }
}
