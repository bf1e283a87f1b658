namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>
/// Real couplings: the floating walk hands blocks of energies to per-temperature Boltzmann sums shifted by the lowest
/// energy met (<see cref="ThermalSums"/>, which also counts the states within a tolerance of it: β = ∞) and to a fine
/// histogram over the possible range <c>±(Σ|J| + Σ|h|)</c>.
/// </summary>
internal static class RealEnumeration
{
    public static WalkResult Run(PairwiseForm form, IReadOnlyList<double> betas, ExactOptions options, CancellationToken cancellation)
    {
        int n = form.N;
        var bonds = form.Bonds;
        var matrix = new double[n * GrayWalk.Lanes];
        var rowAbs = new double[n];
        double bound = 0;
        for (int b = 0; b < bonds.Count; b++)
        {
            var (i, j, strength) = bonds[b];
            matrix[(i * GrayWalk.Lanes) + j] = strength;
            matrix[(j * GrayWalk.Lanes) + i] = strength;
            rowAbs[i] += Math.Abs(strength);
            rowAbs[j] += Math.Abs(strength);
            bound += Math.Abs(strength);
        }

        for (int i = 0; i < n; i++)
        {
            rowAbs[i] += Math.Abs(bonds.Fields[i]);
            bound += Math.Abs(bonds.Fields[i]);
        }

        // a flip or an energy closer than this to another is taken as equal: far above the rounding of ≤ 4096 field updates
        double tolerance = 1e-10 * Math.Max(1, rowAbs.Max());
        var walkBetas = betas.Select(beta => beta * form.Unit).Append(double.PositiveInfinity).ToArray();
        var sums = new ThermalSums(walkBetas, tolerance, -bound - tolerance, bound + tolerance);
        double[] energies = options.Overlaps ? new double[1 << n] : [];
        var minima = new MinimaBuffer(options.MaxMinima);
        double tracked = GrayWalk.Real(n, matrix, bonds.Fields, tolerance, sums, energies, minima, cancellation);

        double ground = sums.Reference;
        double[] weights = options.Overlaps ? new double[1 << n] : [];
        var rows = new List<ThermalRow>(betas.Count);
        for (int t = 0; t < betas.Count; t++)
        {
            double beta = betas[t];
            var (energy, variance, absM) = sums.At(t);
            double heat = double.IsPositiveInfinity(beta) ? 0 : beta * beta * form.Unit * form.Unit * variance / n;
            var (q2, q4, distribution) = (double.NaN, double.NaN, Array.Empty<double>());
            if (options.Overlaps)
            {
                ExactSolver.Weights(energies, ground, walkBetas[t], tolerance, weights);
                (q2, q4, distribution) = ExactSolver.Overlaps(weights, n, cancellation);
            }

            rows.Add(new ThermalRow(beta, form.ToModel(energy) / n, heat, absM, q2, q4, distribution));
        }

        long degeneracy = (long)Math.Round(sums.Weight(walkBetas.Length - 1));
        var histogram = sums.Histogram(options.HistogramBins, form.ToModel);
        return new WalkResult(
            form.ToModel(ground), degeneracy, minima, rows, histogram, "gray-code walk, float64 fields", form.ToModel(tracked), tolerance * form.Unit);
    }
}
