using SpinGlass.Analysis.Statistics;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class WeightedLineFitTests
{
    [Fact]
    public void Points_on_a_line_give_its_intercept_and_slope_exactly()
    {
        var fit = WeightedLineFit.Fit([0.1, 0.2, 0.4], [1.3, 1.6, 2.2], [0.01, 0.02, 0.03]);
        Assert.Equal(1.0, fit.Intercept, 12);
        Assert.Equal(3.0, fit.Slope, 12);
        Assert.Equal(0.0, fit.ChiSquarePerDof, 12);
    }

    [Fact]
    public void Intercept_error_of_two_points_matches_error_propagation()
    {
        // Through (1, y1) and (2, y2): a = 2 y1 − y2, σ_a² = 4 σ1² + σ2².
        var fit = WeightedLineFit.Fit([1, 2], [5, 7], [0.1, 0.2]);
        Assert.Equal(3.0, fit.Intercept, 12);
        Assert.Equal(Math.Sqrt(4 * 0.01 + 0.04), fit.InterceptError, 12);
    }
}
