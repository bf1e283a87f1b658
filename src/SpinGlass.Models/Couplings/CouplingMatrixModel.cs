namespace SpinGlass.Models.Couplings;

/// <summary>
/// A spin glass with an explicit symmetric coupling matrix and optional site fields:
/// <c>H = −½ Σ_{i≠j} J_ij s_i s_j − Σ_i b_i s_i</c>, <c>h_i = Σ_j J_ij s_j + b_i</c>. Fields are cached and
/// updated in O(N) per flip.
/// </summary>
/// <remarks>SK: Sherrington and Kirkpatrick, Phys. Rev. Lett. 35, 1792 (1975); T_c = 1 for <c>J_ij ~ N(0, 1/N)</c>.</remarks>
public sealed class CouplingMatrixModel : IEnergyModel
{
    private readonly double[] _external;

    /// <summary>Creates the model; the matrix must be symmetric (use <see cref="AsymmetricNetwork"/> otherwise).</summary>
    /// <param name="couplings">Symmetric couplings with zero diagonal.</param>
    /// <param name="fields">Site fields <c>b_i</c>; empty means zero.</param>
    /// <param name="name">Short name for descriptions. The default is "couplings".</param>
    public CouplingMatrixModel(CouplingMatrix couplings, ReadOnlySpan<double> fields = default, string name = "couplings")
    {
        ArgumentNullException.ThrowIfNull(couplings);
        if (!couplings.IsSymmetric)
        {
            throw new ArgumentException(
                "The coupling matrix is asymmetric, so the network has no energy function; use AsymmetricNetwork (fields only, no Metropolis).",
                nameof(couplings));
        }

        if (!fields.IsEmpty && fields.Length != couplings.N)
        {
            throw new ArgumentException($"Expected {couplings.N} site fields, got {fields.Length}.", nameof(fields));
        }

        Couplings = couplings;
        _external = fields.IsEmpty ? new double[couplings.N] : fields.ToArray();
        Name = name;
    }

    /// <summary>The couplings <c>J_ij</c>.</summary>
    public CouplingMatrix Couplings { get; }

    /// <summary>The model name used in descriptions (e.g. "sk", "pm-j").</summary>
    public string Name { get; }

    /// <inheritdoc />
    public int N => Couplings.N;

    /// <inheritdoc />
    public string Description => $"{Name} N={N}";

    /// <inheritdoc />
    public double Energy(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, N);
        double pair = 0, field = 0;
        var row = new double[N];
        for (int i = 0; i < N; i++)
        {
            Couplings.CopyRow(i, row);
            double sum = 0;
            for (int j = 0; j < N; j++)
            {
                sum += row[j] * spins[j];
            }

            pair += spins[i] * sum;
            field += _external[i] * spins[i];
        }

        return -0.5 * pair - field;
    }

    /// <inheritdoc />
    public IEnergyState CreateState(ReadOnlySpan<sbyte> spins) => new CouplingMatrixState(this, new FieldCache(Couplings, _external, spins));

    internal double ExternalField(int i) => _external[i];
}
