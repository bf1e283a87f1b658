namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>
/// The local minima a Gray-code walk meets, as configuration indices (bit <c>i</c> set ↔ <c>s_i = +1</c>): all are
/// counted, the first <see cref="Capacity"/> kept. Preallocated, so recording one allocates nothing.
/// </summary>
internal sealed class MinimaBuffer
{
    private readonly uint[] _states;

    public MinimaBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _states = new uint[capacity];
    }

    /// <summary>How many are kept at most.</summary>
    public int Capacity => _states.Length;

    /// <summary>How many were met.</summary>
    public long Count { get; private set; }

    /// <summary>The kept ones, in the order met.</summary>
    public ReadOnlySpan<uint> Kept => _states.AsSpan(0, (int)Math.Min(Count, _states.Length));

    public void Add(uint state)
    {
        if (Count < _states.Length)
        {
            _states[Count] = state;
        }

        Count++;
    }
}
