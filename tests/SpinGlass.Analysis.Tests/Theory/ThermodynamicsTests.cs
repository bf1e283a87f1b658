using SpinGlass.Analysis.Theory;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.Theory;

public sealed class ThermodynamicsTests(ITestOutputHelper output)
{
    /// <summary><c>d(βf)/dβ</c> along the solution branch, by a Richardson-extrapolated central difference.</summary>
    private static double EnergyByDerivative(double alpha, double beta, ReplicaSymmetricBranch branch)
    {
        double BetaF(double b) => b * AgsReplicaSymmetric.FreeEnergy(AgsReplicaSymmetric.Solve(alpha, b, branch));
        double h = 1e-3 * beta;
        double D(double step) => (BetaF(beta + step) - BetaF(beta - step)) / (2 * step);
        return ((4 * D(h / 2)) - D(h)) / 3;
    }

    [Theory]
    [InlineData(0.1, 1.5)]
    [InlineData(0.1, 2.0)]
    public void Paramagnet_energy_is_minus_alpha_over_two_T_minus_one(double alpha, double temperature)
    {
        var s = AgsReplicaSymmetric.Solve(alpha, 1 / temperature, ReplicaSymmetricBranch.SpinGlass);
        double expected = -alpha / (2 * (temperature - 1));
        double closed = AgsReplicaSymmetric.Energy(s), derivative = EnergyByDerivative(alpha, 1 / temperature, ReplicaSymmetricBranch.SpinGlass);
        output.WriteLine($"alpha = {alpha}, T = {temperature}: u = {closed:R}, d(beta f)/d beta = {derivative:R}, -alpha/[2(T-1)] = {expected:R}");
        Assert.Equal(ReplicaSymmetricBranch.Paramagnet, s.Branch);
        Assert.Equal(expected, closed, 1e-8);
        Assert.Equal(expected, derivative, 1e-8);
        Assert.Equal(expected, AgsReplicaSymmetric.ParamagnetEnergy(alpha, temperature), 1e-15);
    }

    [Theory]
    [InlineData(0.05, 0.5, ReplicaSymmetricBranch.Retrieval)]
    [InlineData(0.10, 0.3, ReplicaSymmetricBranch.Retrieval)]
    [InlineData(0.01, 0.05, ReplicaSymmetricBranch.Retrieval)]
    [InlineData(0.10, 0.5, ReplicaSymmetricBranch.SpinGlass)]
    [InlineData(0.10, 1.2, ReplicaSymmetricBranch.SpinGlass)]
    [InlineData(0.30, 0.1, ReplicaSymmetricBranch.SpinGlass)]
    public void Energy_is_the_beta_derivative_of_beta_f(double alpha, double temperature, ReplicaSymmetricBranch branch)
    {
        double beta = 1 / temperature;
        double closed = AgsReplicaSymmetric.Energy(AgsReplicaSymmetric.Solve(alpha, beta, branch));
        Assert.Equal(closed, EnergyByDerivative(alpha, beta, branch), 1e-8);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.7)]
    public void Curie_Weiss_free_energy_is_recovered_at_zero_load(double temperature)
    {
        var s = AgsReplicaSymmetric.Solve(0, 1 / temperature, ReplicaSymmetricBranch.Retrieval);
        double m = s.M;
        double expected = (0.5 * m * m) - (temperature * Math.Log(2 * Math.Cosh(m / temperature)));
        Assert.Equal(expected, AgsReplicaSymmetric.FreeEnergy(s), 1e-14);
        Assert.Equal(-0.5 * m * m, AgsReplicaSymmetric.Energy(s), 1e-15);
    }

    [Fact]
    public void Retrieval_free_energy_lies_above_the_spin_glass_one_between_T_c_and_T_M()
    {
        double alpha = 0.03, tc = AgsPhaseDiagram.GlobalStabilityTemperature(alpha), tm = AgsPhaseDiagram.RetrievalLimitTemperature(alpha);
        double Gap(double t) =>
            AgsReplicaSymmetric.FreeEnergy(AgsReplicaSymmetric.Solve(alpha, 1 / t, ReplicaSymmetricBranch.Retrieval))
            - AgsReplicaSymmetric.FreeEnergy(AgsReplicaSymmetric.Solve(alpha, 1 / t, ReplicaSymmetricBranch.SpinGlass));
        Assert.True(tc < tm);
        Assert.Equal(0, Gap(tc), 1e-10);
        Assert.True(Gap(0.5 * tc) < 0);
        Assert.True(Gap(0.5 * (tc + tm)) > 0);
    }
}
