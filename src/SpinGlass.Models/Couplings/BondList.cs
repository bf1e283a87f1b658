using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Couplings;

/// <summary>
/// Pairwise couplings as a list of bonds and site fields: <c>E = −Σ_{i&lt;j} J_ij s_i s_j − Σ_i h_i s_i</c>, each pair once.
/// What couplings files hold (docs/configs.md, "Couplings files") and what the SK and Edwards–Anderson generators make.
/// </summary>
public sealed class BondList
{
    private readonly int[] _first;
    private readonly int[] _second;
    private readonly double[] _strength;
    private readonly double[] _fields;

    /// <summary>Creates the list; pairs must be distinct, 0 ≤ i, j &lt; N, i ≠ j, strengths finite.</summary>
    public BondList(int n, IReadOnlyList<(int I, int J, double Strength)> bonds, ReadOnlySpan<double> fields = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentNullException.ThrowIfNull(bonds);
        if (!fields.IsEmpty && fields.Length != n)
        {
            throw new ArgumentException($"Expected {n} site fields, got {fields.Length}.", nameof(fields));
        }

        N = n;
        _first = new int[bonds.Count];
        _second = new int[bonds.Count];
        _strength = new double[bonds.Count];
        var seen = new HashSet<long>();
        for (int b = 0; b < bonds.Count; b++)
        {
            var (i, j, strength) = bonds[b];
            if (i < 0 || j < 0 || i >= n || j >= n || i == j)
            {
                throw new ArgumentException($"Bond {b} joins {i} and {j}: sites are 0 … {n - 1} and a bond joins two different sites.", nameof(bonds));
            }

            if (!double.IsFinite(strength))
            {
                throw new ArgumentException($"Bond {b} ({i}, {j}) has strength {strength}; a strength is finite.", nameof(bonds));
            }

            (int lo, int hi) = i < j ? (i, j) : (j, i);
            if (!seen.Add(((long)lo * n) + hi))
            {
                throw new ArgumentException($"The pair ({lo}, {hi}) is given twice; give each pair once.", nameof(bonds));
            }

            (_first[b], _second[b], _strength[b]) = (lo, hi, strength);
        }

        _fields = fields.IsEmpty ? new double[n] : fields.ToArray();
        if (_fields.Any(h => !double.IsFinite(h)))
        {
            throw new ArgumentException("Every site field must be finite.", nameof(fields));
        }
    }

    /// <summary>The number of spins.</summary>
    public int N { get; }

    /// <summary>The number of bonds.</summary>
    public int Count => _strength.Length;

    /// <summary>Bond <paramref name="b"/>: its sites (I &lt; J) and strength J_ij.</summary>
    public (int I, int J, double Strength) this[int b] => (_first[b], _second[b], _strength[b]);

    /// <summary>The site fields h_i.</summary>
    public ReadOnlySpan<double> Fields => _fields;

    /// <summary>Whether every strength and field is an integer (±J instances): energies are then exact integers.</summary>
    public bool IsIntegral => _strength.All(x => x == Math.Round(x)) && _fields.All(x => x == Math.Round(x));

    /// <summary>The energy of a configuration.</summary>
    public double Energy(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, N);
        double pair = 0;
        for (int b = 0; b < _strength.Length; b++)
        {
            pair += _strength[b] * spins[_first[b]] * spins[_second[b]];
        }

        double field = 0;
        for (int i = 0; i < N; i++)
        {
            field += _fields[i] * spins[i];
        }

        return -pair - field;
    }

    /// <summary>
    /// The Sherrington–Kirkpatrick model: every pair coupled, J_ij Gaussian of variance 1/N or ±1/√N, drawn from
    /// <paramref name="rng"/> in pair order (0,1), (0,2), …, (N−2, N−1).
    /// </summary>
    public static BondList SherringtonKirkpatrick(int n, bool gaussian, Xoshiro256StarStar rng)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        ArgumentNullException.ThrowIfNull(rng);
        double scale = 1 / Math.Sqrt(n);
        var bonds = new List<(int, int, double)>(n * (n - 1) / 2);
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                bonds.Add((i, j, scale * (gaussian ? rng.NextGaussian() : rng.NextSpin())));
            }
        }

        return new BondList(n, bonds);
    }

    /// <summary>
    /// The Edwards–Anderson model on the periodic hypercubic lattice of side <paramref name="l"/> in <paramref name="dimension"/>
    /// dimensions: nearest neighbours coupled by Gaussian (variance 1) or ±1 bonds, drawn from <paramref name="rng"/> site by
    /// site (row-major, x fastest), bond +x, then +y, then +z. L = 2 would couple a pair twice through the boundary, so L ≥ 3.
    /// </summary>
    public static BondList EdwardsAnderson(int dimension, int l, bool gaussian, Xoshiro256StarStar rng)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimension, 3);
        ArgumentOutOfRangeException.ThrowIfLessThan(l, 3);
        ArgumentNullException.ThrowIfNull(rng);
        int n = (int)Math.Pow(l, dimension);
        var bonds = new List<(int, int, double)>(n * dimension);
        for (int site = 0; site < n; site++)
        {
            int stride = 1;
            for (int d = 0; d < dimension; d++)
            {
                int coordinate = site / stride % l;
                int neighbour = site + (coordinate == l - 1 ? -(l - 1) * stride : stride);
                bonds.Add((site, neighbour, gaussian ? rng.NextGaussian() : rng.NextSpin()));
                stride *= l;
            }
        }

        return new BondList(n, bonds);
    }
}
