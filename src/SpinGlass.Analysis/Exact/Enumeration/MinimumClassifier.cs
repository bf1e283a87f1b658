using System.Globalization;
using System.Text;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>
/// What a Hopfield network's minimum is: a stored <c>pattern</c> ξ^μ, a <c>reversed</c> pattern −ξ^μ, a
/// <c>mixture</c> sgn(±ξ^μ1 ± ξ^μ2 ± ξ^μ3 …) of an odd number ≥ 3 of distinct patterns, or <c>spurious</c>.
/// </summary>
/// <remarks>
/// Mixtures of every odd size are searched for p ≤ <see cref="FullSearchPatterns"/> (≈ 3^p/4 sign combinations); for
/// more patterns only 3-mixtures (Amit, Gutfreund and Sompolinsky, Phys. Rev. A 32, 1007 (1985): the stable ones at
/// small α and T), so a larger mixture is then called spurious.
/// </remarks>
public static class MinimumClassifier
{
    /// <summary>Up to this many patterns, mixtures of every odd size are searched. The value is 7.</summary>
    public const int FullSearchPatterns = 7;

    /// <summary>The class and label (e.g. <c>xi2</c>, <c>-xi1</c>, <c>xi1+xi2-xi3</c>; 1-based) of <paramref name="spins"/>.</summary>
    public static (string Class, string Label) Classify(ReadOnlySpan<sbyte> spins, PatternSet patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        int n = patterns.N, p = patterns.P;
        var xi = new sbyte[p][];
        for (int mu = 0; mu < p; mu++)
        {
            xi[mu] = new sbyte[n];
            patterns.CopyPattern(mu, xi[mu]);
            int overlap = patterns.Overlap(mu, spins);
            if (Math.Abs(overlap) == n)
            {
                return overlap > 0 ? ("pattern", Name(mu, 1)) : ("reversed", Name(mu, -1));
            }
        }

        int largest = p <= FullSearchPatterns ? p : Math.Min(p, 3);
        var members = new int[p];
        for (int size = 3; size <= largest; size += 2)
        {
            if (Mixture(spins, xi, members, 0, 0, size) is { } label)
            {
                return ("mixture", label);
            }
        }

        return ("spurious", "");
    }

    /// <summary>Chooses members[depth …] from patterns ≥ <paramref name="from"/> and tries every sign pattern of the chosen set.</summary>
    private static string? Mixture(ReadOnlySpan<sbyte> spins, sbyte[][] xi, int[] members, int depth, int from, int size)
    {
        if (depth == size)
        {
            return Signed(spins, xi, members.AsSpan(0, size));
        }

        for (int mu = from; mu <= xi.Length - (size - depth); mu++)
        {
            members[depth] = mu;
            if (Mixture(spins, xi, members, depth + 1, mu + 1, size) is { } label)
            {
                return label;
            }
        }

        return null;
    }

    private static string? Signed(ReadOnlySpan<sbyte> spins, sbyte[][] xi, ReadOnlySpan<int> members)
    {
        int n = spins.Length;
        for (int signs = 0; signs < 1 << members.Length; signs++)
        {
            bool match = true;
            for (int i = 0; i < n && match; i++)
            {
                int sum = 0;
                for (int k = 0; k < members.Length; k++)
                {
                    sum += ((signs >> k) & 1) == 0 ? xi[members[k]][i] : -xi[members[k]][i];
                }

                match = Math.Sign(sum) == spins[i];
            }

            if (match)
            {
                var label = new StringBuilder();
                for (int k = 0; k < members.Length; k++)
                {
                    int sign = ((signs >> k) & 1) == 0 ? 1 : -1;
                    label.Append(k > 0 && sign > 0 ? "+" : "").Append(Name(members[k], sign));
                }

                return label.ToString();
            }
        }

        return null;
    }

    private static string Name(int mu, int sign) => string.Create(CultureInfo.InvariantCulture, $"{(sign < 0 ? "-" : "")}xi{mu + 1}");
}
