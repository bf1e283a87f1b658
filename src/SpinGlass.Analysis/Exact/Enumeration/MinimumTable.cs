using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>The kept local minima as rows: energy summed directly, flat directions, ground or not, Hopfield class.</summary>
internal static class MinimumTable
{
    public static IReadOnlyList<LocalMinimum> Build(PairwiseForm form, MinimaBuffer minima, double ground, double tolerance, PatternSet? patterns)
    {
        int n = form.N;
        var bonds = form.Bonds;
        var spins = new sbyte[n];
        var fields = new double[n];
        var chars = new char[n];
        var rows = new List<LocalMinimum>(minima.Kept.Length);
        double flatTolerance = Math.Max(tolerance, 1e-12) / form.Unit;
        foreach (uint x in minima.Kept)
        {
            for (int i = 0; i < n; i++)
            {
                spins[i] = ((x >> i) & 1) != 0 ? (sbyte)1 : (sbyte)-1;
                chars[i] = spins[i] > 0 ? '+' : '-';
                fields[i] = bonds.Fields[i];
            }

            for (int b = 0; b < bonds.Count; b++)
            {
                var (i, j, strength) = bonds[b];
                fields[i] += strength * spins[j];
                fields[j] += strength * spins[i];
            }

            int flat = 0;
            for (int i = 0; i < n; i++)
            {
                flat += Math.Abs(spins[i] * fields[i]) <= flatTolerance ? 1 : 0;
            }

            double energy = form.Energy(spins);
            var (kind, label) = patterns is null ? ("", "") : MinimumClassifier.Classify(spins, patterns);
            rows.Add(new LocalMinimum(new string(chars), energy, flat, energy <= ground + Math.Max(tolerance, 1e-9 * Math.Max(1, Math.Abs(ground))), kind, label));
        }

        return [.. rows.OrderBy(r => r.Energy).ThenBy(r => r.State, StringComparer.Ordinal)];
    }
}
