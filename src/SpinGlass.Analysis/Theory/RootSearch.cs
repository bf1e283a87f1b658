using MathNet.Numerics.RootFinding;

namespace SpinGlass.Analysis.Theory;

/// <summary>A bracketed root: Brent's method, falling back to bisection when the requested accuracy is out of reach.</summary>
/// <remarks>
/// R. P. Brent, <i>Algorithms for Minimization without Derivatives</i> (1973), ch. 4. Math.NET's Brent reports
/// failure when rounding stalls it short of the tolerance; bisection then halves the bracket to machine precision.
/// </remarks>
internal static class RootSearch
{
    private const int MaxIterations = 200;

    /// <summary>A root of f in <c>[lo, hi]</c>, where f changes sign; converged in x or to <c>|f| &lt; accuracy</c>.</summary>
    public static double Find(Func<double, double> f, double lo, double hi, double accuracy) =>
        Brent.TryFindRoot(f, lo, hi, accuracy, MaxIterations, out double root)
            ? root
            : Bisection.FindRoot(f, lo, hi, accuracy);
}
