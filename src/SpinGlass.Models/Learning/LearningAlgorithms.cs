using System.Numerics.Tensors;

namespace SpinGlass.Models.Learning;

/// <summary>
/// How <see cref="LearnedNetwork"/> learns: the dual patterns of the rules with a pattern form (Hebb, the Moore–Penrose
/// projection, covariance) and Storkey's incremental matrix.
/// </summary>
internal static class LearningAlgorithms
{
    /// <summary>The dual patterns η (neuron-major, N × p) of the rules with a pattern form, and the weights g_i of Σ_j s_j.</summary>
    internal static (double[] Values, double Scale) Dual(sbyte[] xi, int n, int p, LearningRule rule, double a, double[] magnetisationWeight)
    {
        var dual = new double[(long)n * p];
        switch (rule)
        {
            case LearningRule.Hebb:
                for (long k = 0; k < dual.LongLength; k++)
                {
                    dual[k] = xi[k];
                }

                return (dual, 1.0 / n);
            case LearningRule.Covariance:
                // w_ij = Σ_μ c^μ_i c^μ_j / (N a(1−a)), c = V − a = (ξ + 1 − 2a)/2, J = w/4:
                // Σ_j J_ij s_j = Σ_μ c^μ_i (M_μ + (1 − 2a) Σ_j s_j) / (8 N a(1 − a))
                double scale = 1.0 / (8.0 * n * a * (1 - a));
                for (int i = 0; i < n; i++)
                {
                    double sum = 0;
                    for (int mu = 0; mu < p; mu++)
                    {
                        double centred = (xi[i * p + mu] + 1 - (2 * a)) / 2;
                        dual[i * p + mu] = centred;
                        sum += centred;
                    }

                    magnetisationWeight[i] = (1 - (2 * a)) * sum * scale;
                }

                return (dual, scale);
            case LearningRule.PseudoInverse:
                return (ProjectionDual(xi, n, p), 1.0);
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "Storkey's rule has no pattern form.");
        }
    }

    /// <summary>
    /// η_i = C⁺ξ_i / N with the pattern correlations <c>C_μν = ξ^μ·ξ^ν/N</c>: the Moore–Penrose projection onto the span of
    /// the patterns. Patterns are taken in order; one that lies (numerically) in the span of those before it — a repeat,
    /// a reversed copy, any p ≥ N — gets a zero dual row, which leaves J the same projector, so every stored pattern is
    /// still reproduced by J. The independent ones are inverted by Gauss–Jordan with pivoting.
    /// </summary>
    private static double[] ProjectionDual(sbyte[] xi, int n, int p)
    {
        var correlation = new double[(long)p * p];
        var row = new double[p];
        for (int i = 0; i < n; i++)
        {
            for (int mu = 0; mu < p; mu++)
            {
                row[mu] = xi[i * p + mu];
            }

            for (int mu = 0; mu < p; mu++)
            {
                TensorPrimitives.MultiplyAdd(row, row[mu] / n, correlation.AsSpan(mu * p, p), correlation.AsSpan(mu * p, p));
            }
        }

        var independent = IndependentPatterns(correlation, p);
        int k = independent.Count;
        var reduced = new double[(long)k * k];
        for (int a = 0; a < k; a++)
        {
            for (int b = 0; b < k; b++)
            {
                reduced[a * k + b] = correlation[independent[a] * p + independent[b]];
            }
        }

        var inverse = Invert(reduced, k);
        var dual = new double[(long)n * p];
        var reducedRow = new double[k];
        for (int i = 0; i < n; i++)
        {
            for (int a = 0; a < k; a++)
            {
                reducedRow[a] = xi[i * p + independent[a]];
            }

            for (int a = 0; a < k; a++)
            {
                dual[i * p + independent[a]] = TensorPrimitives.Dot<double>(inverse.AsSpan(a * k, k), reducedRow) / n;
            }
        }

        return dual;
    }

    /// <summary>
    /// The patterns, in order, that are linearly independent of those before them: a Cholesky factorisation of C that
    /// skips every pattern whose residual (its squared distance from the span so far, per neuron) is below 10⁻⁹.
    /// </summary>
    private static List<int> IndependentPatterns(double[] correlation, int p)
    {
        var chosen = new List<int>();
        var factor = new List<double[]>(); // rows of L over the chosen patterns
        var y = new double[p];
        for (int mu = 0; mu < p; mu++)
        {
            // solve L y = C[chosen, μ]
            for (int a = 0; a < chosen.Count; a++)
            {
                double sum = correlation[chosen[a] * p + mu];
                for (int b = 0; b < a; b++)
                {
                    sum -= factor[a][b] * y[b];
                }

                y[a] = sum / factor[a][a];
            }

            double residual = correlation[mu * p + mu] - TensorPrimitives.Dot<double>(y.AsSpan(0, chosen.Count), y.AsSpan(0, chosen.Count));
            if (residual > 1e-9)
            {
                var lower = new double[chosen.Count + 1];
                y.AsSpan(0, chosen.Count).CopyTo(lower);
                lower[chosen.Count] = Math.Sqrt(residual);
                factor.Add(lower);
                chosen.Add(mu);
            }
        }

        return chosen;
    }

    private static double[] Invert(double[] matrix, int p)
    {
        var inverse = new double[(long)p * p];
        for (int k = 0; k < p; k++)
        {
            inverse[k * p + k] = 1;
        }

        for (int column = 0; column < p; column++)
        {
            int pivot = column;
            for (int r = column + 1; r < p; r++)
            {
                pivot = Math.Abs(matrix[r * p + column]) > Math.Abs(matrix[pivot * p + column]) ? r : pivot;
            }

            // the independent patterns were chosen by a Cholesky factorisation, so the pivot is bounded away from zero

            Swap(matrix, column, pivot, p);
            Swap(inverse, column, pivot, p);
            double scale = 1 / matrix[column * p + column];
            TensorPrimitives.Multiply(matrix.AsSpan(column * p, p), scale, matrix.AsSpan(column * p, p));
            TensorPrimitives.Multiply(inverse.AsSpan(column * p, p), scale, inverse.AsSpan(column * p, p));
            for (int r = 0; r < p; r++)
            {
                double factor = matrix[r * p + column];
                if (r != column && factor != 0)
                {
                    TensorPrimitives.MultiplyAdd(matrix.AsSpan(column * p, p), -factor, matrix.AsSpan(r * p, p), matrix.AsSpan(r * p, p));
                    TensorPrimitives.MultiplyAdd(inverse.AsSpan(column * p, p), -factor, inverse.AsSpan(r * p, p), inverse.AsSpan(r * p, p));
                }
            }
        }

        return inverse;
    }

    private static void Swap(double[] matrix, int a, int b, int p)
    {
        if (a != b)
        {
            var rowA = matrix.AsSpan(a * p, p);
            var rowB = matrix.AsSpan(b * p, p);
            Span<double> buffer = p <= 512 ? stackalloc double[p] : new double[p];
            rowA.CopyTo(buffer);
            rowB.CopyTo(rowA);
            buffer.CopyTo(rowB);
        }
    }

    /// <summary>
    /// Storkey's rule, one pattern at a time: with <c>h = Wξ</c> (zero diagonal), <c>ΔW_ij = (ξ_i ξ_j − ξ_i h_j − h_i ξ_j + 2W_ij)/N</c>
    /// for i ≠ j — the expanded form of <c>(ξ_i ξ_j − ξ_i h_ji − h_ij ξ_j)/N</c> — and <c>ΔJ_ii = (1 − 2ξ_i h_i)/N</c> kept aside.
    /// </summary>
    internal static double[] Storkey(sbyte[] xi, int n, int p, double[] self)
    {
        var w = new double[(long)n * n];
        var pattern = new double[n];
        var h = new double[n];
        var update = new double[n];
        for (int nu = 0; nu < p; nu++)
        {
            for (int i = 0; i < n; i++)
            {
                pattern[i] = xi[i * p + nu];
            }

            for (int i = 0; i < n; i++)
            {
                h[i] = TensorPrimitives.Dot<double>(w.AsSpan(i * n, n), pattern);
            }

            for (int i = 0; i < n; i++)
            {
                var row = w.AsSpan(i * n, n);
                // update = (ξ_i ξ − ξ_i h − h_i ξ)/N, then row = row·(1 + 2/N) + update
                TensorPrimitives.Subtract(pattern, h, update);
                TensorPrimitives.Multiply(update, pattern[i] / n, update);
                TensorPrimitives.MultiplyAdd(pattern, -h[i] / n, update, update);
                TensorPrimitives.MultiplyAdd(row, 1 + 2.0 / n, update, row);
                row[i] = 0;
                self[i] += (1 - 2 * pattern[i] * h[i]) / n;
            }

            // row i and row j round the same update differently: keep the matrix exactly symmetric (flips read rows as columns)
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    w[(long)i * n + j] = w[(long)j * n + i];
                }
            }
        }

        return w;
    }
}
