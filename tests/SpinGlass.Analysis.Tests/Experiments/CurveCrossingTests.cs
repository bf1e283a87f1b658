using SpinGlass.Analysis.Statistics;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class CurveCrossingTests
{
    private static readonly double[] Temperatures = [2.0, 2.1, 2.2, 2.3, 2.4, 2.5];

    [Fact]
    public void Crossing_of_two_straight_lines_is_found_exactly()
    {
        // U_small = 0.6 − 0.5 (T − 2.25), U_large = 0.6 − 1.5 (T − 2.25): they cross at T = 2.25.
        var small = Curve(t => 0.6 - 0.5 * (t - 2.25), 0.001);
        var large = Curve(t => 0.6 - 1.5 * (t - 2.25), 0.001);
        var crossing = CurveCrossing.Find(small, large);
        Assert.NotNull(crossing);
        Assert.Equal(2.25, crossing.Value.Value, 12);
        Assert.InRange(crossing.Value.Error, 1e-4, 5e-3);
    }

    [Fact]
    public void Larger_error_bars_give_a_larger_crossing_error()
    {
        var precise = CurveCrossing.Find(Curve(t => 0.6 - 0.5 * (t - 2.25), 0.001), Curve(t => 0.6 - 1.5 * (t - 2.25), 0.001));
        var noisy = CurveCrossing.Find(Curve(t => 0.6 - 0.5 * (t - 2.25), 0.01), Curve(t => 0.6 - 1.5 * (t - 2.25), 0.01));
        Assert.True(noisy!.Value.Error > 5 * precise!.Value.Error);
    }

    [Fact]
    public void A_decreasing_curve_falls_through_a_level_where_interpolation_says()
    {
        var rate = Curve(t => 1 - (t - 2.0) * 2, 0.01); // 1.0, 0.8, 0.6, 0.4, ... crosses ½ at T = 2.25
        Assert.Equal(2.25, CurveCrossing.FindLevel(rate, 0.5)!.Value.Value, 12);
    }

    [Fact]
    public void Curves_that_never_cross_give_no_crossing()
    {
        Assert.Null(CurveCrossing.Find(Curve(t => 0.6 - t / 10, 0.001), Curve(t => 0.5 - t / 10, 0.001)));
    }

    [Fact]
    public void A_noise_crossing_near_zero_at_high_temperature_is_ignored()
    {
        var small = Curve(t => t < 2.45 ? 0.6 - 0.5 * (t - 2.25) : 0.01, 0.001);
        var large = Curve(t => t < 2.45 ? 0.6 - 1.5 * (t - 2.25) : (t < 2.48 ? 0.005 : 0.02), 0.001);
        Assert.Equal(2.25, CurveCrossing.Find(small, large)!.Value.Value, 12);
    }

    private static CurveCrossing.Curve Curve(Func<double, double> u, double error) =>
        new(Temperatures, [.. Temperatures.Select(u)], [.. Temperatures.Select(_ => error)]);
}
