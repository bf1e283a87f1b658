using System.Runtime.CompilerServices;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Models.Couplings;

/// <summary>
/// Spins plus cached fields <c>h_i = Σ_j J_ij s_j + b_i</c> for an explicit matrix; a flip of spin k adds
/// <c>J_ik Δs_k</c> to every field, reading column k as row k of the transpose (O(N), vectorised by
/// <see cref="FieldKernels"/>, the same bits at every width).
/// </summary>
internal sealed class FieldCache
{
    private readonly CouplingMatrix _columns;
    private readonly double[] _external;
    private readonly double[] _fields;
    private readonly int _fieldsStart;

    public FieldCache(CouplingMatrix columns, double[] external, ReadOnlySpan<sbyte> spins)
    {
        _columns = columns;
        _external = external;
        Spins = new sbyte[columns.N];
        _fields = AlignedArray.Allocate<double>(columns.N, out _fieldsStart);
        Reset(spins);
    }

    public sbyte[] Spins { get; }

    /// <summary>The fields <c>h_i</c> (length N, 64-byte aligned).</summary>
    public Span<double> Fields => _fields.AsSpan(_fieldsStart, Spins.Length);

    /// <summary>The field <c>h_i</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Field(int i) => (uint)i < (uint)Spins.Length ? _fields[_fieldsStart + i] : throw new ArgumentOutOfRangeException(nameof(i));

    /// <summary>The flip cost <c>2 s_i h_i</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double FlipCost(int i) => 2 * Spins[i] * _fields[_fieldsStart + i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Flip(int k)
    {
        int delta = -2 * Spins[k];
        AddColumn(k, Fields, delta);
        Spins[k] = (sbyte)-Spins[k];
    }

    /// <summary><c>fields += delta · J_{·k}</c> from the matrix's own storage (float32 or double: the same bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddColumn(int k, Span<double> fields, double delta)
    {
        if (_columns.IsSinglePrecision)
        {
            FieldKernels.AddScaled(_columns.SingleRow(k), fields, delta);
        }
        else
        {
            FieldKernels.AddScaled(_columns.DoubleRow(k), fields, delta);
        }
    }

    public void Reset(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, Spins.Length);
        spins.CopyTo(Spins);
        var fields = Fields;
        _external.CopyTo(fields);
        for (int k = 0; k < Spins.Length; k++)
        {
            AddColumn(k, fields, Spins[k]);
        }
    }
}
