using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Rules;

namespace SpinGlass.Sampling.Tests;

/// <summary>
/// The bracketed Metropolis rule is the Metropolis rule: its bracket always holds <c>Math.Exp</c>, and from the same
/// stream it makes the same draws and the same decisions, so chains built on it are bit for bit the exp chains.
/// </summary>
public sealed class BracketedMetropolisTests
{
    [Fact]
    public void The_bracket_holds_Math_Exp_from_zero_to_minus_700()
    {
        var rng = new Xoshiro256StarStar(71);
        var arguments = new List<double> { 0.0, -0.0, -double.Epsilon, -1e-300, -1e-17, -700, -699.999999, -Math.Log(2) / 2, -Math.Log(2) * 1.5 };
        for (int k = 1; k < 1010; k++)
        {
            // the edges of the reduction: x = (k ± ½) ln 2, where k = round(x / ln 2) switches
            double edge = -(k + 0.5) * Math.Log(2);
            if (edge >= -700)
            {
                arguments.AddRange([edge, Math.BitDecrement(edge), Math.BitIncrement(edge), -k * Math.Log(2)]);
            }
        }

        for (int t = 0; t < 200_000; t++)
        {
            double u = rng.NextDouble();
            arguments.Add(t % 2 == 0 ? -700 * u : -Math.Pow(10, -12 + (14.8 * u)));
        }

        foreach (double x in arguments)
        {
            Assert.True(BracketedMetropolisAcceptance.Bracket(x, out double lo, out double hi), $"x = {x:R}");
            double e = Math.Exp(x);
            Assert.True(lo <= e && e <= hi, $"x = {x:R}: [{lo:R}, {hi:R}] misses {e:R}");
            Assert.True(hi - lo <= 2.1 * BracketedMetropolisAcceptance.Slack * e, $"x = {x:R}: the bracket is too wide");
        }
    }

    [Theory]
    [InlineData(-700.0000001)]
    [InlineData(-745.2)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.NaN)]
    [InlineData(1e-300)]
    public void Outside_the_bracketed_range_it_leaves_the_decision_to_Math_Exp(double x) =>
        Assert.False(BracketedMetropolisAcceptance.Bracket(x, out _, out _));

    [Fact]
    public void Draws_and_decisions_equal_the_exp_rule()
    {
        var source = new Xoshiro256StarStar(72);
        double[] betas = [0, 1e-9, 0.5, 1, 2, 7.3, 1e3, double.PositiveInfinity];
        int accepted = 0, rejected = 0;
        for (int t = 0; t < 300_000; t++)
        {
            double beta = betas[t % betas.Length];
            double cost = (t / betas.Length % 5) switch
            {
                0 => -source.NextDouble(),
                1 => 0,
                2 => source.NextDouble() * 3,
                3 => Math.Pow(10, -8 + (11 * source.NextDouble())),
                _ => t % 3 == 0 ? double.NaN : 1e308,
            };

            var exact = new Xoshiro256StarStar(source.NextUInt64());
            var bracketed = exact.Clone();
            bool expected = MetropolisAcceptance.Accept(cost, beta, exact);
            Assert.Equal(expected, BracketedMetropolisAcceptance.Accept(cost, beta, bracketed));
            Assert.Equal(exact.State, bracketed.State);
            _ = expected ? accepted++ : rejected++;
        }

        Assert.True(accepted > 50_000 && rejected > 50_000, $"{accepted} accepted, {rejected} rejected");
    }
}
