using SpinGlass.Models.Capabilities;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Models.Sequences;

/// <summary>
/// Chain state of a <see cref="SequenceNetwork"/>: spins, the integer overlaps <c>M_μ</c> of the current state and
/// the filtered overlaps <c>M̄_μ = Σ_j ξ^μ_j s̄_j</c> the transition term sees. The filter advances once per sweep, in
/// <see cref="EndSweep"/>: a sampler calls it after every sweep (<see cref="IEndOfSweepHook"/>), only code that
/// flips spins by hand calls it itself (with no filter, M̄ = M at all times).
/// </summary>
/// <remarks>
/// A field costs two O(p) integer dot products: the neuron's pattern row against <c>M</c> (symmetric term, the overlap
/// cache's kernel) and the row shifted by one pattern against <c>M̄</c> (transition term, <c>Σ_μ ξ^{μ+1}_i M̄_μ</c>,
/// from the state's own int8 neuron-major copy of the patterns, whatever the pattern set's layout). The delay and step filters
/// keep <c>M̄</c> as integers (the step kernel as a running sum over its τ sweeps, divided once per field), so those
/// fields are exact; the exponential filter is real-valued.
/// </remarks>
public sealed class SequenceState : ISpinState, IEndOfSweepHook
{
    private readonly SequenceNetwork _model;
    private readonly OverlapCache _cache;
    private readonly sbyte[] _rows;
    private readonly int[][] _history;
    private readonly int[] _seen;
    private readonly double[] _exponential;
    private readonly int _seenDivisor;
    private int _head;

    internal SequenceState(SequenceNetwork model, ReadOnlySpan<sbyte> spins)
    {
        _model = model;
        int p = model.Patterns.P;
        _cache = new OverlapCache(model.Patterns, spins);
        _rows = new sbyte[(long)model.N * p];
        for (int i = 0; i < model.N; i++)
        {
            model.Patterns.CopyNeuronRow(i, _rows.AsSpan(i * p, p));
        }

        bool windowed = model.Kernel is SequenceKernel.Delay or SequenceKernel.Step;
        _history = windowed ? [.. Enumerable.Range(0, model.Tau).Select(_ => new int[p])] : [];
        _seen = windowed ? new int[p] : [];
        _exponential = model.Kernel == SequenceKernel.Exponential ? new double[p] : [];
        _seenDivisor = model.Kernel == SequenceKernel.Step ? model.Tau : 1;
        RestartFilter();
    }

    /// <inheritdoc />
    public int N => _cache.Spins.Length;

    /// <inheritdoc />
    public ReadOnlySpan<sbyte> Spins => _cache.Spins;

    /// <summary>The integer overlaps <c>M_μ = N m_μ</c> of the current state.</summary>
    public ReadOnlySpan<int> Overlaps => _cache.Overlaps;

    /// <summary>The filtered overlaps <c>M̄_μ</c> seen by the transition term.</summary>
    public ReadOnlySpan<double> FilteredOverlaps => _model.Kernel switch
    {
        SequenceKernel.None => [.. _cache.Overlaps.Select(m => (double)m)],
        SequenceKernel.Exponential => _exponential,
        _ => [.. _seen.Select(m => (double)m / _seenDivisor)],
    };

    /// <inheritdoc />
    public double LocalField(int i)
    {
        int p = _model.Patterns.P;
        var row = _rows.AsSpan(i * p, p);
        double symmetric = _model.Symmetric == 0 ? 0 : _cache.Dot(i) - (p * _cache.Spins[i]);
        double transition = _model.Kernel switch
        {
            SequenceKernel.None => Transition(row, _cache.Overlaps),
            SequenceKernel.Exponential => Transition(row, _exponential),
            _ => (double)Transition(row, _seen) / _seenDivisor,
        };
        return ((_model.Symmetric * symmetric) + (_model.Lambda * transition)) / N;
    }

    /// <inheritdoc />
    public double FlipCost(int i) => 2 * _cache.Spins[i] * LocalField(i);

    /// <inheritdoc />
    public void Flip(int i) => _cache.Flip(i);

    /// <summary>
    /// Advances the filter by one sweep: s̄ takes in the state at the end of this sweep. A sampler calls it after every
    /// sweep (<see cref="IEndOfSweepHook"/>).
    /// </summary>
    public void EndSweep()
    {
        switch (_model.Kernel)
        {
            case SequenceKernel.Delay:
                // s̄(t) = s(t − τ): after storing s(t), the oldest entry of the ring is τ sweeps back
                _head = (_head + 1) % _history.Length;
                _cache.Overlaps.CopyTo(_history[_head], 0);
                _history[(_head + 1) % _history.Length].CopyTo(_seen, 0);
                break;
            case SequenceKernel.Step:
                // running sum over the last τ sweeps: drop the oldest, take in the newest
                _head = (_head + 1) % _history.Length;
                var slot = _history[_head];
                for (int mu = 0; mu < slot.Length; mu++)
                {
                    _seen[mu] += _cache.Overlaps[mu] - slot[mu];
                    slot[mu] = _cache.Overlaps[mu];
                }

                break;
            case SequenceKernel.Exponential:
                for (int mu = 0; mu < _exponential.Length; mu++)
                {
                    _exponential[mu] += (_cache.Overlaps[mu] - _exponential[mu]) / _model.Tau;
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

    /// <summary><c>Σ_μ ξ^{next(μ)}_i x_μ</c>: the row shifted by one pattern against <paramref name="x"/>.</summary>
    private int Transition(ReadOnlySpan<sbyte> row, ReadOnlySpan<int> x)
    {
        int p = row.Length;
        int sum = p > 1 ? OverlapKernels.Dot(row[1..], x[..(p - 1)]) : 0;
        return _model.Cyclic ? sum + (row[0] * x[p - 1]) : sum;
    }

    private double Transition(ReadOnlySpan<sbyte> row, ReadOnlySpan<double> x)
    {
        int p = row.Length;
        double sum = 0;
        for (int mu = 0; mu < p - 1; mu++)
        {
            sum += row[mu + 1] * x[mu];
        }

        return _model.Cyclic ? sum + (row[0] * x[p - 1]) : sum;
    }

    /// <summary>A state held since t = −∞: every filter starts at the current overlaps.</summary>
    private void RestartFilter()
    {
        Array.Clear(_seen);
        foreach (var past in _history)
        {
            _cache.Overlaps.CopyTo(past, 0);
            for (int mu = 0; mu < _seen.Length; mu++)
            {
                _seen[mu] += _model.Kernel == SequenceKernel.Step ? past[mu] : 0;
            }
        }

        if (_model.Kernel == SequenceKernel.Delay)
        {
            _cache.Overlaps.CopyTo(_seen, 0);
        }

        for (int mu = 0; mu < _exponential.Length; mu++)
        {
            _exponential[mu] = _cache.Overlaps[mu];
        }
    }
}
