namespace SpinGlass.Models.Couplings;

/// <summary>
/// Spins plus cached fields <c>h_i = Σ_j J_ij s_j + b_i</c> for an explicit matrix; a flip of spin k adds
/// <c>J_ik Δs_k</c> to every field, reading column k as row k of the transpose (O(N)).
/// </summary>
internal sealed class FieldCache
{
    private readonly CouplingMatrix _columns;
    private readonly double[] _external;

    public FieldCache(CouplingMatrix columns, double[] external, ReadOnlySpan<sbyte> spins)
    {
        _columns = columns;
        _external = external;
        Spins = new sbyte[columns.N];
        Fields = new double[columns.N];
        Reset(spins);
    }

    public sbyte[] Spins { get; }

    public double[] Fields { get; }

    public void Flip(int k)
    {
        int delta = -2 * Spins[k];
        var column = _columns.Row(k);
        var fields = Fields;
        for (int i = 0; i < fields.Length; i++)
        {
            fields[i] += delta * column[i];
        }

        Spins[k] = (sbyte)-Spins[k];
    }

    public void Reset(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, Spins.Length);
        spins.CopyTo(Spins);
        Array.Copy(_external, Fields, Fields.Length);
        for (int k = 0; k < Spins.Length; k++)
        {
            var column = _columns.Row(k);
            for (int i = 0; i < Fields.Length; i++)
            {
                Fields[i] += Spins[k] * column[i];
            }
        }
    }
}
