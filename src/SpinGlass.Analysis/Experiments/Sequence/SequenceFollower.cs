namespace SpinGlass.Analysis.Experiments.Sequence;

/// <summary>
/// Follows a run of a sequence network through its overlaps m_μ(t), t = 0, 1, …, and decides whether the network
/// followed the stored sequence. A pattern is <i>reached</i> when its overlap is at least the recall overlap.
/// </summary>
/// <remarks>
/// <para><b>Stepping</b> networks (purely asymmetric, synchronous) must be on schedule: at step t the overlap with
/// ξ^{1 + t mod p} is at least the recall overlap, for every step of the window (an open sequence's window ends at
/// its last pattern, t = p − 1).</para>
/// <para><b>Dwelling</b> networks (symmetric term plus a slow transition term) may pass through states that reach no
/// pattern while they switch; every pattern they reach must be the successor of the last one (a skip or a step back
/// is an error), and they must go once around the sequence: p transitions for a cyclic sequence, p − 1 for an open
/// one. The run must not end lost: its last state reaches a pattern, or it has been reaching none for no longer than
/// the longest such stretch it went through (and recovered from) earlier — a run may end in the middle of a switch,
/// but not in a mixture or spin-glass state it entered after its last pattern.</para>
/// <para>Transitions are counted up to the first error. A dwell time is the number of sweeps between two successive
/// transitions; the segment from t = 0 to the first transition is excluded, because the filter's history at the
/// start (the state held since t = −∞) makes it shorter than the steady dwell.</para>
/// </remarks>
public sealed class SequenceFollower
{
    private readonly int _p;
    private readonly bool _cyclic;
    private readonly bool _stepping;
    private readonly double _recall;
    private readonly int _window;
    private double _dwellSum;
    private int _dwellCount;
    private double _overlapSum;
    private int _overlapCount;
    private int _current;
    private int _entry = -1;
    private int _t;
    private bool _lost;
    private bool _finalReached;
    private int _unreachedRun;
    private int _longestTransit;

    /// <summary>Creates a follower for a run of <paramref name="sweeps"/> sweeps after t = 0.</summary>
    /// <param name="p">Sequence length (at least 2).</param>
    /// <param name="cyclic">Whether ξᵖ → ξ¹ is part of the sequence.</param>
    /// <param name="stepping">Whether the network steps one pattern per sweep (see the remarks).</param>
    /// <param name="recallOverlap">The overlap at which a pattern counts as reached.</param>
    /// <param name="sweeps">Sweeps after t = 0.</param>
    public SequenceFollower(int p, bool cyclic, bool stepping, double recallOverlap, int sweeps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(sweeps, 1);
        _p = p;
        _cyclic = cyclic;
        _stepping = stepping;
        _recall = recallOverlap;
        _window = stepping && !cyclic ? Math.Min(sweeps, p - 1) : sweeps;
        Required = stepping ? _window : cyclic ? p : p - 1;
    }

    /// <summary>The correct transitions a completed run needs.</summary>
    public int Required { get; }

    /// <summary>Correct transitions before the first error.</summary>
    public int Transitions { get; private set; }

    /// <summary>Whether the run followed the sequence (valid once the window has been observed).</summary>
    public bool Completed => !_lost && _finalReached && Transitions >= Required && _t > _window;

    /// <summary>Mean sweeps between successive transitions (first segment excluded); NaN with fewer than two transitions.</summary>
    public double DwellTime => _dwellCount == 0 ? double.NaN : _dwellSum / _dwellCount;

    /// <summary>Mean overlap with the current (stepping: the scheduled) pattern over the second half of the window.</summary>
    public double Overlap => _overlapCount == 0 ? double.NaN : _overlapSum / _overlapCount;

    /// <summary>Takes the overlaps at the next time step (t = 0 first); steps beyond the window are ignored.</summary>
    public void Observe(ReadOnlySpan<double> overlaps)
    {
        if (overlaps.Length != _p)
        {
            throw new ArgumentException($"Expected {_p} overlaps, got {overlaps.Length}.", nameof(overlaps));
        }

        int t = _t++;
        if (t > _window)
        {
            return;
        }

        int best = 0;
        for (int mu = 1; mu < _p; mu++)
        {
            if (overlaps[mu] > overlaps[best])
            {
                best = mu;
            }
        }

        int target = _stepping ? (_cyclic ? t % _p : t) : best;
        double m = overlaps[target];
        if (2 * t > _window)
        {
            _overlapSum += _stepping ? m : overlaps[best];
            _overlapCount++;
        }

        bool reached = m >= _recall;
        if (!_stepping && t > 0)
        {
            if (reached)
            {
                _longestTransit = Math.Max(_longestTransit, _unreachedRun);
                _unreachedRun = 0;
            }
            else
            {
                _unreachedRun++;
            }
        }

        if (t == _window)
        {
            _finalReached = reached || (_unreachedRun > 0 && _unreachedRun <= _longestTransit);
        }

        if (_lost || t == 0)
        {
            return;
        }

        if (_stepping && !reached)
        {
            _lost = true;
            return;
        }

        if (!reached || target == _current)
        {
            return;
        }

        int next = _current + 1 < _p ? _current + 1 : _cyclic ? 0 : -1;
        if (target != next)
        {
            _lost = true;
            return;
        }

        Transitions++;
        if (_entry >= 0)
        {
            _dwellSum += t - _entry;
            _dwellCount++;
        }

        _entry = t;
        _current = target;
    }
}
