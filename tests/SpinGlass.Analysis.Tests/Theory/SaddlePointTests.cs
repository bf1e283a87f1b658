using SpinGlass.Analysis.Theory;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.Theory;

public sealed class SaddlePointTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(0.05, 0.5, ReplicaSymmetricBranch.Retrieval)]
    [InlineData(0.10, 0.3, ReplicaSymmetricBranch.Retrieval)]
    [InlineData(0.01, 0.78, ReplicaSymmetricBranch.Retrieval)]
    [InlineData(0.05, 0.02, ReplicaSymmetricBranch.Retrieval)]
    [InlineData(0.13, 0.005, ReplicaSymmetricBranch.Retrieval)]
    [InlineData(0.10, 0.5, ReplicaSymmetricBranch.SpinGlass)]
    [InlineData(0.10, 1.2, ReplicaSymmetricBranch.SpinGlass)]
    [InlineData(0.05, 0.01, ReplicaSymmetricBranch.SpinGlass)]
    [InlineData(1.00, 1.5, ReplicaSymmetricBranch.SpinGlass)]
    public void Solution_satisfies_the_saddle_point_equations_by_brute_force_quadrature(
        double alpha, double temperature, ReplicaSymmetricBranch branch)
    {
        double beta = 1 / temperature;
        var s = AgsReplicaSymmetric.Solve(alpha, beta, branch);
        Assert.True(s.Converged);
        Assert.Equal(branch, s.Branch);
        var (tanh, sech2) = ReferenceGaussian.TanhMoments(beta, s.M, s.Sigma);
        Assert.Equal(tanh, s.M, 1e-11);
        Assert.Equal(sech2, 1 - s.Q, 1e-11);
        Assert.Equal(s.Q / Math.Pow(1 - (beta * (1 - s.Q)), 2), s.R, 1e-9 * s.R);
        Assert.Equal(beta * (1 - s.Q), s.C, 1e-12 * beta);
        Assert.InRange(s.C, 0, 1);
    }

    [Theory]
    [InlineData(0.05, 0.5, 0.904)]
    [InlineData(0.10, 0.3, 0.953)]
    public void Retrieval_overlap_matches_AGS(double alpha, double temperature, double expected)
    {
        double m = AgsReplicaSymmetric.RetrievalOverlap(alpha, temperature);
        output.WriteLine($"m(alpha = {alpha}, T = {temperature}) = {m:R} (AGS {expected})");
        Assert.Equal(expected, m, 1e-3);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.7)]
    [InlineData(0.95)]
    public void Vanishing_load_gives_the_Curie_Weiss_overlap(double temperature)
    {
        double m = AgsReplicaSymmetric.RetrievalOverlap(1e-8, temperature);
        Assert.Equal(Math.Tanh(m / temperature), m, 1e-6);
        Assert.True(m > 0.1);
        double exact = AgsReplicaSymmetric.RetrievalOverlap(0, temperature);
        Assert.Equal(Math.Tanh(exact / temperature), exact, 1e-14);
        Assert.Equal(exact, m, 1e-6);
    }

    [Theory]
    [InlineData(0.05, ReplicaSymmetricBranch.Retrieval)]
    [InlineData(0.12, ReplicaSymmetricBranch.Retrieval)]
    [InlineData(0.10, ReplicaSymmetricBranch.SpinGlass)]
    public void Low_temperature_solutions_approach_the_zero_temperature_ones(double alpha, ReplicaSymmetricBranch branch)
    {
        var zero = AgsReplicaSymmetric.Solve(alpha, double.PositiveInfinity, branch);
        var cold = AgsReplicaSymmetric.Solve(alpha, 1e4, branch);
        Assert.Equal(zero.M, cold.M, 1e-6);
        Assert.Equal(zero.C, cold.C, 1e-3);
        Assert.Equal(zero.R, cold.R, 1e-3 * zero.R);
        Assert.Equal(AgsReplicaSymmetric.FreeEnergy(zero), AgsReplicaSymmetric.FreeEnergy(cold), 1e-4);
        Assert.Equal(AgsReplicaSymmetric.Energy(zero), AgsReplicaSymmetric.Energy(cold), 1e-4);
    }

    [Fact]
    public void Spin_glass_branch_merges_with_the_paramagnet_at_one_plus_root_alpha()
    {
        double alpha = 0.1, tg = AgsPhaseDiagram.SpinGlassTemperature(alpha);
        Assert.Equal(1 + Math.Sqrt(alpha), tg, 1e-15);
        var below = AgsReplicaSymmetric.Solve(alpha, 1 / (tg - 1e-3), ReplicaSymmetricBranch.SpinGlass);
        var above = AgsReplicaSymmetric.Solve(alpha, 1 / (tg + 1e-3), ReplicaSymmetricBranch.SpinGlass);
        Assert.Equal(ReplicaSymmetricBranch.SpinGlass, below.Branch);
        Assert.InRange(below.Q, 1e-4, 1e-2);
        Assert.Equal(ReplicaSymmetricBranch.Paramagnet, above.Branch);
        Assert.Equal(0, above.Q);
        Assert.True(above.Converged);
    }

    [Fact]
    public void Retrieval_branch_is_absent_at_and_above_the_critical_temperature_and_load()
    {
        Assert.False(AgsReplicaSymmetric.Solve(0.01, 1, ReplicaSymmetricBranch.Retrieval).Converged);
        Assert.True(double.IsNaN(AgsReplicaSymmetric.RetrievalOverlap(0.01, 1.2)));
        Assert.True(double.IsNaN(AgsReplicaSymmetric.RetrievalOverlap(0.2, 0.1)));
        Assert.False(AgsReplicaSymmetric.Solve(0.1, 2, ReplicaSymmetricBranch.Paramagnet).Converged);
        Assert.True(double.IsNaN(AgsReplicaSymmetric.FreeEnergy(AgsReplicaSymmetric.Solve(0.2, 10, ReplicaSymmetricBranch.Retrieval))));
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AgsReplicaSymmetric.Solve(-0.1, 1, ReplicaSymmetricBranch.Retrieval));
        Assert.Throws<ArgumentOutOfRangeException>(() => AgsReplicaSymmetric.Solve(0.1, double.NaN, ReplicaSymmetricBranch.Retrieval));
        Assert.Throws<ArgumentOutOfRangeException>(() => AgsReplicaSymmetric.RetrievalOverlap(0.1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => AgsPhaseDiagram.RetrievalLimitTemperature(double.PositiveInfinity));
    }
}
