namespace SpinGlass.Analysis.Theory;

/// <summary>
/// Brent's derivative-free maximisation of a unimodal function on <c>[a, b]</c>: parabolic interpolation through
/// the three best points, with golden-section steps whenever the parabola is untrustworthy.
/// </summary>
/// <remarks>
/// R. P. Brent, <i>Algorithms for Minimization without Derivatives</i> (1973), ch. 5. Non-finite values (NaN) count
/// as −∞. The search stops early at the first point whose value reaches <c>stopAt</c>.
/// </remarks>
internal static class ScalarMaximizer
{
    private static readonly double GoldenStep = (3 - Math.Sqrt(5)) / 2;

    /// <summary>The abscissa and value of the maximum, to abscissa tolerance <c>tolerance·|x| + 1e-15</c>.</summary>
    public static (double X, double Value) Maximize(
        Func<double, double> f, double a, double b, double tolerance, double stopAt = double.PositiveInfinity)
    {
        double Cost(double x)
        {
            double value = f(x);
            return double.IsNaN(value) ? double.PositiveInfinity : -value;
        }

        double x = a + GoldenStep * (b - a), w = x, v = x;
        double fx = Cost(x), fw = fx, fv = fx;
        double d = 0, e = 0;
        for (int iteration = 0; iteration < 200 && !(-fx >= stopAt); iteration++)
        {
            double mid = 0.5 * (a + b), tol1 = tolerance * Math.Abs(x) + 1e-15, tol2 = 2 * tol1;
            if (Math.Abs(x - mid) <= tol2 - 0.5 * (b - a))
            {
                break;
            }

            bool golden = true;
            if (Math.Abs(e) > tol1)
            {
                double r = (x - w) * (fx - fv), q = (x - v) * (fx - fw), p = ((x - v) * q) - ((x - w) * r);
                q = 2 * (q - r);
                p = q > 0 ? -p : p;
                q = Math.Abs(q);
                double previous = e;
                e = d;
                if (Math.Abs(p) < Math.Abs(0.5 * q * previous) && p > q * (a - x) && p < q * (b - x))
                {
                    d = p / q;
                    golden = false;
                    double trial = x + d;
                    if (trial - a < tol2 || b - trial < tol2)
                    {
                        d = mid >= x ? tol1 : -tol1;
                    }
                }
            }

            if (golden)
            {
                e = x >= mid ? a - x : b - x;
                d = GoldenStep * e;
            }

            double u = Math.Abs(d) >= tol1 ? x + d : x + (d >= 0 ? tol1 : -tol1);
            double fu = Cost(u);
            if (fu <= fx)
            {
                (a, b) = u >= x ? (x, b) : (a, x);
                (v, fv, w, fw, x, fx) = (w, fw, x, fx, u, fu);
            }
            else
            {
                (a, b) = u < x ? (u, b) : (a, u);
                if (fu <= fw || w == x)
                {
                    (v, fv, w, fw) = (w, fw, u, fu);
                }
                else if (fu <= fv || v == x || v == w)
                {
                    (v, fv) = (u, fu);
                }
            }
        }

        return (x, -fx);
    }
}
