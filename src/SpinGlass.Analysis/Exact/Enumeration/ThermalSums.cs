using System.Runtime.Intrinsics;
using System.Numerics.Tensors;

namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>
/// Per-temperature Boltzmann sums over blocks of enumerated states with real energies: <c>Z' = Σ w</c>,
/// <c>Σ w d</c>, <c>Σ w d²</c>, <c>Σ w |m|</c> with <c>w = e^{−βd}</c> and <c>d = E − E_ref</c>, where <c>E_ref</c> is
/// the lowest energy met so far. When a block holds a lower energy, the sums are rescaled to the new reference
/// (<c>w → w·e^{−βδ}</c>, <c>d → d + δ</c>): no weight exceeds 1, and at the end the reference is the ground energy,
/// so low temperatures (dominated by a few states) lose nothing. Blocks are summed with SIMD
/// (<see cref="TensorPrimitives"/>) and added across blocks with Neumaier's compensated sum. At β = ∞ the weight is 1
/// within <c>tolerance</c> of the reference and 0 elsewhere.
/// </summary>
internal sealed class ThermalSums : IEnergyBlockSink
{
    /// <summary>Bins of the fine energy histogram over the range of possible energies.</summary>
    public const int FineBins = 1 << 16;

    private readonly double[] _betas;
    private readonly double _tolerance;
    private readonly CompensatedSum[] _z, _d, _d2, _absM;
    private readonly double[] _shift = new double[GrayWalk.BlockSize];
    private readonly double[] _shiftSquared = new double[GrayWalk.BlockSize];
    private readonly double[] _weight = new double[GrayWalk.BlockSize];
    private readonly long[] _fine = new long[FineBins];
    private readonly double _low, _binsPerUnit;

    /// <summary>Sums at <paramref name="betas"/>, with energies binned finely over [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public ThermalSums(IReadOnlyList<double> betas, double tolerance, double low, double high)
    {
        _betas = [.. betas];
        _tolerance = tolerance;
        _low = low;
        _binsPerUnit = FineBins / Math.Max(high - low, 1e-300);
        (_z, _d, _d2, _absM) = (new CompensatedSum[_betas.Length], new CompensatedSum[_betas.Length], new CompensatedSum[_betas.Length], new CompensatedSum[_betas.Length]);
    }

    /// <summary>The lowest energy met.</summary>
    public double Reference { get; private set; } = double.PositiveInfinity;

    /// <summary>The shifted partition function <c>Σ e^{−β(E − E_ref)}</c> at temperature index <paramref name="t"/> (at β = ∞: the number of lowest states).</summary>
    public double Weight(int t) => _z[t].Value;

    /// <summary>Thermal averages at temperature index <paramref name="t"/>: ⟨E⟩, Var E and ⟨|m|⟩.</summary>
    public (double Energy, double Variance, double AbsMagnetisation) At(int t)
    {
        double z = _z[t].Value, d = _d[t].Value / z;
        return (Reference + d, Math.Max(0, (_d2[t].Value / z) - (d * d)), _absM[t].Value / z);
    }

    /// <summary>
    /// The density of states in at most <paramref name="bins"/> bins of equal width between the lowest and highest occupied
    /// fine bins (edges on the fine grid of <see cref="FineBins"/> bins over the possible range), empty bins left out.
    /// </summary>
    public IReadOnlyList<EnergyLevel> Histogram(int bins, Func<double, double> toModel)
    {
        int first = Array.FindIndex(_fine, c => c > 0), last = Array.FindLastIndex(_fine, c => c > 0);
        var levels = new List<EnergyLevel>();
        if (first < 0)
        {
            return levels;
        }

        int group = (int)Math.Ceiling((last - first + 1) / (double)bins);
        for (int start = first; start <= last; start += group)
        {
            long count = 0;
            for (int f = start; f < Math.Min(start + group, last + 1); f++)
            {
                count += _fine[f];
            }

            if (count > 0)
            {
                double low = toModel(_low + (start / _binsPerUnit)), high = toModel(_low + ((start + group) / _binsPerUnit));
                levels.Add(new EnergyLevel((low + high) / 2, low, high, count));
            }
        }

        return levels;
    }

    public void Flush(ReadOnlySpan<double> energies, ReadOnlySpan<double> absMagnetisation)
    {
        double low = TensorPrimitives.Min(energies);
        if (low < Reference)
        {
            Rebase(low);
        }

        foreach (double e in energies)
        {
            _fine[Math.Clamp((int)((e - _low) * _binsPerUnit), 0, FineBins - 1)]++;
        }

        int count = energies.Length;
        Span<double> d = _shift.AsSpan(0, count), d2 = _shiftSquared.AsSpan(0, count), w = _weight.AsSpan(0, count);
        TensorPrimitives.Subtract(energies, Reference, d);
        TensorPrimitives.Multiply(d, d, d2);
        for (int t = 0; t < _betas.Length; t++)
        {
            double beta = _betas[t];
            if (double.IsPositiveInfinity(beta))
            {
                Ground(d, _tolerance, w);
            }
            else
            {
                TensorPrimitives.Multiply(d, -beta, w);
                TensorPrimitives.Exp(w, w);
            }

            _z[t].Add(TensorPrimitives.Sum(w));
            _d[t].Add(TensorPrimitives.Dot(w, d));
            _d2[t].Add(TensorPrimitives.Dot(w, d2));
            _absM[t].Add(TensorPrimitives.Dot(w, absMagnetisation));
        }
    }

    /// <summary><c>w = 1</c> where <c>d ≤ tolerance</c>, else 0.</summary>
    private static void Ground(ReadOnlySpan<double> d, double tolerance, Span<double> w)
    {
        var limit = Vector256.Create(tolerance);
        int i = 0;
        for (; i <= d.Length - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            (Vector256.LessThanOrEqual(Vector256.Create(d[i..]), limit) & Vector256<double>.One).CopyTo(w[i..]);
        }

        for (; i < d.Length; i++)
        {
            w[i] = d[i] <= tolerance ? 1 : 0;
        }
    }

    private void Rebase(double reference)
    {
        if (double.IsFinite(Reference))
        {
            double delta = Reference - reference;
            for (int t = 0; t < _betas.Length; t++)
            {
                double beta = _betas[t];
                double factor = double.IsPositiveInfinity(beta) ? (delta > _tolerance ? 0 : 1) : Math.Exp(-beta * delta);
                double z = _z[t].Value, d = _d[t].Value, d2 = _d2[t].Value, m = _absM[t].Value;
                _z[t] = Scaled(factor * z);
                _d[t] = Scaled(factor * (d + (delta * z)));
                _d2[t] = Scaled(factor * (d2 + (2 * delta * d) + (delta * delta * z)));
                _absM[t] = Scaled(factor * m);
            }
        }

        Reference = reference;
    }

    private static CompensatedSum Scaled(double value)
    {
        var sum = default(CompensatedSum);
        sum.Add(value);
        return sum;
    }
}
