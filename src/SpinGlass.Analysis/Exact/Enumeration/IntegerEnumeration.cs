namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>
/// Integer couplings: the walk counts the joint density of states g(E, M) exactly; every temperature's averages are
/// sums over its occupied cells (Boltzmann factors relative to the ground energy, compensated sums), and the overlap
/// weights of a temperature are one exponential per energy level.
/// </summary>
internal static class IntegerEnumeration
{
    public static WalkResult Run(PairwiseForm form, IntegerCouplings couplings, IReadOnlyList<double> betas, ExactOptions options, CancellationToken cancellation)
    {
        int n = form.N, bound = couplings.Bound, stride = n + 1;
        var histogram = new int[((2 * bound) + 1) * stride];
        int[] energies = options.Overlaps ? new int[1 << n] : [];
        var minima = new MinimaBuffer(options.MaxMinima);
        int tracked = GrayWalk.Integer(n, couplings.Matrix, couplings.Fields, bound, histogram, energies, minima, cancellation);

        var cells = new List<(int Energy, double AbsM, long Count)>();
        var levels = new List<EnergyLevel>();
        for (int level = 0; level <= 2 * bound; level++)
        {
            long total = 0;
            for (int m = 0; m <= n; m++)
            {
                int count = histogram[(level * stride) + m];
                if (count > 0)
                {
                    cells.Add((level - bound, Math.Abs((2 * m) - n) / (double)n, count));
                    total += count;
                }
            }

            if (total > 0)
            {
                double e = form.ToModel(level - bound);
                levels.Add(new EnergyLevel(e, e, e, total));
            }
        }

        int ground = cells[0].Energy;
        var levelWeights = new double[(2 * bound) + 1];
        double[] weights = options.Overlaps ? new double[1 << n] : [];
        var rows = new List<ThermalRow>(betas.Count);
        foreach (double beta in betas)
        {
            double b = beta * form.Unit;
            bool frozen = double.IsPositiveInfinity(b);
            CompensatedSum z = default, sumD = default, sumD2 = default, sumAbsM = default;
            foreach (var (energy, absM, count) in cells)
            {
                int d = energy - ground;
                double w = (frozen ? (d == 0 ? 1 : 0) : Math.Exp(-b * d)) * count;
                z.Add(w);
                sumD.Add(w * d);
                sumD2.Add(w * d * (double)d);
                sumAbsM.Add(w * absM);
            }

            double meanD = sumD.Value / z.Value, variance = Math.Max(0, (sumD2.Value / z.Value) - (meanD * meanD));
            double heat = frozen ? 0 : beta * beta * form.Unit * form.Unit * variance / n;
            double meanE = form.ToModel(ground + meanD) / n;
            var (q2, q4, distribution) = (double.NaN, double.NaN, Array.Empty<double>());
            if (options.Overlaps)
            {
                for (int level = 0; level < levelWeights.Length; level++)
                {
                    int d = level - bound - ground;
                    levelWeights[level] = frozen ? (d == 0 ? 1 : 0) : d < 0 ? 0 : Math.Exp(-b * d);
                }

                for (int x = 0; x < weights.Length; x++)
                {
                    weights[x] = levelWeights[energies[x] + bound];
                }

                (q2, q4, distribution) = ExactSolver.Overlaps(weights, n, cancellation);
            }

            rows.Add(new ThermalRow(beta, meanE, heat, sumAbsM.Value / z.Value, q2, q4, distribution));
        }

        long degeneracy = cells.Where(c => c.Energy == ground).Sum(c => c.Count);
        return new WalkResult(form.ToModel(ground), degeneracy, minima, rows, levels, "gray-code walk, int32 fields", form.ToModel(tracked), 0);
    }
}
