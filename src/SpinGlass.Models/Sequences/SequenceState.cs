using SpinGlass.Models.Hopfield;

namespace SpinGlass.Models.Sequences;

/// <summary>
/// Chain state of a <see cref="SequenceNetwork"/>: spins, the integer overlaps <c>M_μ</c> of the current state and
/// the filtered overlaps <c>M̄_μ = Σ_j ξ^μ_j s̄_j</c> the transition term sees. The filter advances once per sweep:
/// call <see cref="EndSweep"/> after every sweep (with no filter, M̄ = M at all times).
/// </summary>
public sealed class SequenceState : ISpinState
{
    private readonly SequenceNetwork _model;
    private readonly OverlapCache _cache;
    private readonly double[] _filtered;
    private readonly int[][] _history;
    private int _head;

    internal SequenceState(SequenceNetwork model, ReadOnlySpan<sbyte> spins)
    {
        _model = model;
        int p = model.Patterns.P;
        _cache = new OverlapCache(model.Patterns, spins);
        _filtered = new double[p];
        _history = model.Kernel is SequenceKernel.Delay or SequenceKernel.Step ? [.. Enumerable.Range(0, model.Tau).Select(_ => new int[p])] : [];
        RestartFilter();
    }

    /// <inheritdoc />
    public int N => _cache.Spins.Length;

    /// <inheritdoc />
    public ReadOnlySpan<sbyte> Spins => _cache.Spins;

    /// <summary>The integer overlaps <c>M_μ = N m_μ</c> of the current state.</summary>
    public ReadOnlySpan<int> Overlaps => _cache.Overlaps;

    /// <summary>The filtered overlaps <c>M̄_μ</c> seen by the transition term.</summary>
    public ReadOnlySpan<double> FilteredOverlaps => _model.Kernel == SequenceKernel.None ? [.. _cache.Overlaps.Select(m => (double)m)] : _filtered;

    /// <inheritdoc />
    public double LocalField(int i)
    {
        var row = _model.Patterns.NeuronRow(i);
        int p = row.Length;
        double symmetric = OverlapKernels.Dot(row, _cache.Overlaps) - p * _cache.Spins[i];
        double transition = 0;
        bool live = _model.Kernel == SequenceKernel.None;
        for (int mu = 0; mu < p; mu++)
        {
            int next = _model.Next(mu);
            if (next >= 0)
            {
                transition += row[next] * (live ? _cache.Overlaps[mu] : _filtered[mu]);
            }
        }
        return (_model.Symmetric * symmetric + _model.Lambda * transition) / N;
    }

    /// <inheritdoc />
    public double FlipCost(int i) => 2 * _cache.Spins[i] * LocalField(i);

    /// <inheritdoc />
    public void Flip(int i) => _cache.Flip(i);

    /// <summary>Advances the filter by one sweep: s̄ takes in the state at the end of this sweep.</summary>
    public void EndSweep()
    {
        switch (_model.Kernel)
        {
            case SequenceKernel.Delay:
            case SequenceKernel.Step:
                _head = (_head + 1) % _history.Length;
                _cache.Overlaps.CopyTo(_history[_head], 0);
                Refilter();
                break;
            case SequenceKernel.Exponential:
                for (int mu = 0; mu < _filtered.Length; mu++)
                {
                    _filtered[mu] += (_cache.Overlaps[mu] - _filtered[mu]) / _model.Tau;
                }

                break;
        }
    }

    /// <inheritdoc />
    public void SetSpins(ReadOnlySpan<sbyte> spins)
    {
        _cache.Reset(spins);
        RestartFilter();
    }

    /// <summary>A state held since t = −∞: every filter starts at the current overlaps.</summary>
    private void RestartFilter()
    {
        foreach (var past in _history)
        {
            _cache.Overlaps.CopyTo(past, 0);
        }

        for (int mu = 0; mu < _filtered.Length; mu++)
        {
            _filtered[mu] = _cache.Overlaps[mu];
        }
    }

    private void Refilter()
    {
        if (_model.Kernel == SequenceKernel.Delay)
        {
            // s̄(t) = s(t − τ): the oldest entry of the ring (τ sweeps back)
            var oldest = _history[(_head + 1) % _history.Length];
            for (int mu = 0; mu < _filtered.Length; mu++)
            {
                _filtered[mu] = oldest[mu];
            }

            return;
        }

        Array.Clear(_filtered);
        foreach (var past in _history)
        {
            for (int mu = 0; mu < _filtered.Length; mu++)
            {
                _filtered[mu] += past[mu];
            }
        }

        for (int mu = 0; mu < _filtered.Length; mu++)
        {
            _filtered[mu] /= _history.Length;
        }
    }
}
