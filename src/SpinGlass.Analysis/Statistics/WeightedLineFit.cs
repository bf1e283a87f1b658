namespace SpinGlass.Analysis.Statistics;

/// <summary>
/// Weighted least-squares straight line <c>y = a + b x</c> with weights <c>1/σ²</c>, its parameter errors and χ²
/// per degree of freedom; used for finite-size extrapolations (e.g. α_c(N) against N^{−1/2} to N → ∞).
/// </summary>
/// <param name="Intercept">The intercept <c>a</c> (the extrapolated value at x = 0).</param>
/// <param name="InterceptError">The standard error of <c>a</c>; scaled by √(χ²/dof) when that exceeds 1.</param>
/// <param name="Slope">The slope <c>b</c>.</param>
/// <param name="SlopeError">The standard error of <c>b</c>, scaled like the intercept error.</param>
/// <param name="ChiSquarePerDof">χ² per degree of freedom (NaN with two points).</param>
public sealed record WeightedLineFit(double Intercept, double InterceptError, double Slope, double SlopeError, double ChiSquarePerDof)
{
    /// <summary>Fits the line through at least two points with positive errors.</summary>
    public static WeightedLineFit Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> sigma)
    {
        if (x.Length != y.Length || x.Length != sigma.Length || x.Length < 2)
        {
            throw new ArgumentException("Need at least two points with x, y and σ of equal length.", nameof(x));
        }

        double s = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int k = 0; k < x.Length; k++)
        {
            if (!(sigma[k] > 0))
            {
                throw new ArgumentException($"σ[{k}] = {sigma[k]} must be positive.", nameof(sigma));
            }

            double w = 1 / (sigma[k] * sigma[k]);
            s += w;
            sx += w * x[k];
            sy += w * y[k];
            sxx += w * x[k] * x[k];
            sxy += w * x[k] * y[k];
        }

        double delta = s * sxx - sx * sx;
        double a = (sxx * sy - sx * sxy) / delta, b = (s * sxy - sx * sy) / delta;
        double chi2 = 0;
        for (int k = 0; k < x.Length; k++)
        {
            double r = (y[k] - a - b * x[k]) / sigma[k];
            chi2 += r * r;
        }

        int dof = x.Length - 2;
        double perDof = dof > 0 ? chi2 / dof : double.NaN;
        double scale = perDof > 1 ? Math.Sqrt(perDof) : 1;
        return new WeightedLineFit(a, scale * Math.Sqrt(sxx / delta), b, scale * Math.Sqrt(s / delta), perDof);
    }
}
