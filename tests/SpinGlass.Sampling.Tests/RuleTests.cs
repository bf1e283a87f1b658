using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Rules;

namespace SpinGlass.Sampling.Tests;

public sealed class RuleTests
{
    public static TheoryData<double, double> BetaAndCost()
    {
        var data = new TheoryData<double, double>();
        foreach (double beta in new[] { 0.0, 1.0, double.PositiveInfinity })
        {
            foreach (double cost in new[] { -2.0, 0.0, 2.0 })
            {
                data.Add(beta, cost);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BetaAndCost))]
    public void Metropolis_acceptance_rate_is_min_one_exp_minus_beta_cost(double beta, double cost)
    {
        double expected = cost <= 0 ? 1 : double.IsPositiveInfinity(beta) ? 0 : Math.Exp(-beta * cost);
        Assert.Equal(expected, Rate<MetropolisAcceptance>(cost, beta), 2);
    }

    [Theory]
    [MemberData(nameof(BetaAndCost))]
    public void Glauber_flip_rate_is_one_over_one_plus_exp_beta_cost_without_NaN(double beta, double cost)
    {
        double x = cost == 0 ? 0 : beta * cost;
        Assert.Equal(1 / (1 + Math.Exp(x)), Rate<GlauberAcceptance>(cost, beta), 2);
    }

    [Theory]
    [MemberData(nameof(BetaAndCost))]
    public void Zero_temperature_rule_flips_only_downhill(double beta, double cost) =>
        Assert.Equal(cost < 0 ? 1.0 : 0.0, Rate<ZeroTemperatureAcceptance>(cost, beta));

    [Fact]
    public void Temperature_and_beta_limits_are_exact()
    {
        Assert.Equal(double.PositiveInfinity, Temperatures.ToBeta(0));
        Assert.Equal(0.0, Temperatures.ToTemperature(double.PositiveInfinity));
        Assert.Equal(0.5, Temperatures.ToBeta(2));
    }

    private static double Rate<TRule>(double cost, double beta)
        where TRule : struct, IAcceptance
    {
        var rng = new Xoshiro256StarStar(1);
        int accepted = 0;
        const int Count = 40_000;
        for (int k = 0; k < Count; k++)
        {
            accepted += TRule.Accept(cost, beta, rng) ? 1 : 0;
        }

        return (double)accepted / Count;
    }
}
