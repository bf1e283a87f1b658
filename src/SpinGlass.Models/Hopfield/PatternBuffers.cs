namespace SpinGlass.Models.Hopfield;

/// <summary>
/// Reusable storage for the large arrays of pattern sets (either layout), for a loop that builds one
/// random set after another (one buffer per thread). A set built on buffers <b>borrows</b> them: building the next set
/// on the same buffers overwrites it, so use each set only until then.
/// </summary>
/// <remarks>
/// Without reuse every trial allocates its patterns on the large-object heap; at many trials per second that means a
/// background gen-2 collection every few trials, which stalls the allocating threads and serialises a parallel run.
/// </remarks>
public sealed class PatternBuffers
{
    private sbyte[] _patternMajor = [];
    private short[] _rows = [];
    private int _rowsStart;
    private ulong[] _bits = [];

    /// <summary>An array of at least <paramref name="length"/> values, contents undefined.</summary>
    internal sbyte[] PatternMajor(int length)
    {
        if (_patternMajor.Length < length)
        {
            _patternMajor = new sbyte[length];
        }

        return _patternMajor;
    }

    /// <summary>An array of at least <paramref name="length"/> words, contents undefined.</summary>
    internal ulong[] Bits(long length)
    {
        if (_bits.Length < length)
        {
            _bits = new ulong[length];
        }

        return _bits;
    }

    /// <summary>An aligned array of at least <paramref name="length"/> values from <paramref name="start"/>, contents undefined.</summary>
    internal short[] Rows(long length, out int start)
    {
        if (_rows.Length - _rowsStart < length)
        {
            _rows = AlignedArray.Allocate<short>(length, out _rowsStart);
        }

        start = _rowsStart;
        return _rows;
    }
}
