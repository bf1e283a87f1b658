namespace SpinGlass.Analysis.Exact;

/// <summary>
/// A product <c>P = Π_k F_k</c> together with its first two derivatives, held as <c>e^{σ}(p, p′, p″)</c> so that
/// products of hundreds of exponentially large factors neither overflow nor lose a zero factor's derivative.
/// </summary>
internal struct ScaledProduct
{
    private const double Rescale = 1e100;

    /// <summary>The empty product: 1 with vanishing derivatives.</summary>
    public ScaledProduct() => Value = 1;

    /// <summary>The logarithmic scale <c>σ</c>.</summary>
    public double LogScale { get; private set; }

    /// <summary><c>p = e^{−σ} P</c>.</summary>
    public double Value { get; private set; }

    /// <summary><c>p′ = e^{−σ} P′</c>.</summary>
    public double First { get; private set; }

    /// <summary><c>p″ = e^{−σ} P″</c>.</summary>
    public double Second { get; private set; }

    /// <summary>Multiplies by <c>F = e^{logScale}(f, f′, f″)</c> with the product rule.</summary>
    public void Multiply(double logScale, double f, double f1, double f2)
    {
        (Value, First, Second) = (Value * f, First * f + Value * f1, Second * f + 2 * First * f1 + Value * f2);
        LogScale += logScale;
        double largest = Math.Max(Math.Abs(Value), Math.Max(Math.Abs(First), Math.Abs(Second)));
        if (largest > Rescale || (largest < 1 / Rescale && largest > 0))
        {
            (Value, First, Second) = (Value / largest, First / largest, Second / largest);
            LogScale += Math.Log(largest);
        }
    }

    /// <summary>
    /// Multiplies by <c>F = e^{φ} 2cosh x</c> (or <c>e^{φ} 2sinh x</c>), written as <c>e^{y} g</c> with
    /// <c>y = |x| + φ</c> and <c>g = 1 ± e^{−2|x|}</c> (times <c>sgn x</c> for sinh), so nothing overflows and a zero
    /// <c>sinh</c> keeps its derivative. The caller supplies <c>y′, y″</c> computed without cancellation.
    /// </summary>
    public void MultiplyHyperbolic(bool sinh, double x, double x1, double x2, double y, double y1, double y2)
    {
        double sigma = x >= 0 ? 1 : -1, eta = sinh ? -1 : 1, e = Math.Exp(-2 * Math.Abs(x));
        double g = sinh ? -StableMath.ExpM1(-2 * Math.Abs(x)) : 1 + e;
        double g1 = -2 * eta * sigma * x1 * e, g2 = eta * e * (4 * x1 * x1 - 2 * sigma * x2);
        double sign = sinh ? sigma : 1;
        Multiply(y, sign * g, sign * (y1 * g + g1), sign * ((y2 + y1 * y1) * g + 2 * y1 * g1 + g2));
    }
}
