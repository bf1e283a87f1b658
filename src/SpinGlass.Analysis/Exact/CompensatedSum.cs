namespace SpinGlass.Analysis.Exact;

/// <summary>
/// Neumaier's compensated summation: the error of a sum of <c>2^20</c> terms stays at a few ulps instead of
/// growing with the number of terms.
/// </summary>
/// <remarks>A. Neumaier, Z. Angew. Math. Mech. 54, 39 (1974).</remarks>
internal struct CompensatedSum
{
    private double _sum;
    private double _compensation;

    /// <summary>The compensated total.</summary>
    public readonly double Value => _sum + _compensation;

    /// <summary>Adds one term.</summary>
    public void Add(double x)
    {
        double t = _sum + x;
        _compensation += Math.Abs(_sum) >= Math.Abs(x) ? _sum - t + x : x - t + _sum;
        _sum = t;
    }
}
