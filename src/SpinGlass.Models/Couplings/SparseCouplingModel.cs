namespace SpinGlass.Models.Couplings;

/// <summary>
/// <c>E = −Σ_{i&lt;j} J_ij s_i s_j − Σ_i h_i s_i</c> over a <see cref="BondList"/>, stored as neighbour lists: a flip costs
/// O(degree) (6 for the 3D EA lattice), so large lattices need no N × N matrix. Any couplings file, SK or EA instance.
/// </summary>
public sealed class SparseCouplingModel : IEnergyModel
{
    /// <summary>Builds the neighbour lists of <paramref name="bonds"/>.</summary>
    public SparseCouplingModel(BondList bonds, string name = "couplings")
    {
        ArgumentNullException.ThrowIfNull(bonds);
        Bonds = bonds;
        Name = name;
        int n = bonds.N;
        var degree = new int[n + 1];
        for (int b = 0; b < bonds.Count; b++)
        {
            var (i, j, _) = bonds[b];
            degree[i + 1]++;
            degree[j + 1]++;
        }

        for (int i = 0; i < n; i++)
        {
            degree[i + 1] += degree[i];
        }

        Start = degree;
        Neighbour = new int[2 * bonds.Count];
        Strength = new double[2 * bonds.Count];
        var next = (int[])degree.Clone();
        for (int b = 0; b < bonds.Count; b++)
        {
            var (i, j, strength) = bonds[b];
            (Neighbour[next[i]], Strength[next[i]++]) = (j, strength);
            (Neighbour[next[j]], Strength[next[j]++]) = (i, strength);
        }
    }

    /// <summary>The bonds and fields.</summary>
    public BondList Bonds { get; }

    /// <summary>The model's name, e.g. <c>sk</c>, <c>ea</c> or the couplings file.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public int N => Bonds.N;

    /// <inheritdoc />
    public string Description => $"{Name} N={N}, {Bonds.Count} bonds";

    /// <summary>Site i's neighbours are <c>Neighbour[Start[i] .. Start[i+1]]</c>.</summary>
    internal int[] Start { get; }

    internal int[] Neighbour { get; }

    internal double[] Strength { get; }

    /// <inheritdoc />
    public double Energy(ReadOnlySpan<sbyte> spins) => Bonds.Energy(spins);

    /// <inheritdoc />
    public IEnergyState CreateState(ReadOnlySpan<sbyte> spins) => new SparseCouplingState(this, spins);
}
