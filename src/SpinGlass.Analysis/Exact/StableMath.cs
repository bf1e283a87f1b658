namespace SpinGlass.Analysis.Exact;

/// <summary>
/// <c>e^x − 1</c> and <c>ln(1 + x)</c> to a few ulps for small <c>x</c> (the BCL has neither:
/// <c>double.ExpM1</c> is <c>Math.Exp(x) − 1</c>).
/// </summary>
/// <remarks>W. Kahan's compensation tricks; D. Goldberg, ACM Comput. Surv. 23, 5 (1991), Theorem 4.</remarks>
internal static class StableMath
{
    public static double ExpM1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1)
        {
            return x;
        }

        double um1 = u - 1;
        return um1 == -1 || double.IsPositiveInfinity(u) ? um1 : um1 * x / Math.Log(u);
    }

    public static double Log1P(double x)
    {
        double u = 1 + x;
        return u == 1 ? x : double.IsPositiveInfinity(u) ? u : Math.Log(u) * x / (u - 1);
    }
}
