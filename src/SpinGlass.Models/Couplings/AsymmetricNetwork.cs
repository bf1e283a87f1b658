namespace SpinGlass.Models.Couplings;

/// <summary>
/// A network with an explicit, possibly asymmetric coupling matrix: fields <c>h_i = Σ_j J_ij s_j + b_i</c>
/// but <b>no energy</b>. Without <c>J_ij = J_ji</c> there is no Hamiltonian and detailed balance fails, so
/// only field-driven rules (Glauber, zero-temperature, synchronous) apply; Metropolis refuses it.
/// </summary>
public sealed class AsymmetricNetwork : ISpinModel
{
    private readonly CouplingMatrix _transpose;
    private readonly double[] _external;

    /// <summary>Creates the network.</summary>
    /// <param name="couplings">Couplings <c>J_ij</c> (row i = inputs of neuron i), zero diagonal.</param>
    /// <param name="fields">Site fields <c>b_i</c>; empty means zero.</param>
    public AsymmetricNetwork(CouplingMatrix couplings, ReadOnlySpan<double> fields = default)
    {
        ArgumentNullException.ThrowIfNull(couplings);
        if (!fields.IsEmpty && fields.Length != couplings.N)
        {
            throw new ArgumentException($"Expected {couplings.N} site fields, got {fields.Length}.", nameof(fields));
        }

        Couplings = couplings;
        _transpose = couplings.Transpose();
        _external = fields.IsEmpty ? new double[couplings.N] : fields.ToArray();
    }

    /// <summary>The couplings <c>J_ij</c>.</summary>
    public CouplingMatrix Couplings { get; }

    /// <inheritdoc />
    public int N => Couplings.N;

    /// <inheritdoc />
    public string Description => $"asymmetric couplings N={N}";

    /// <inheritdoc />
    public ISpinState CreateState(ReadOnlySpan<sbyte> spins) => new AsymmetricNetworkState(new FieldCache(_transpose, _external, spins));
}
