using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// A pinned array of words whose first element sits on a 64-byte boundary, so that eight-word blocks load and store
/// without splitting cache lines.
/// </summary>
internal sealed class AlignedWords
{
    private const int Alignment = 64;
    private readonly ulong[] _array;
    private readonly int _offset;

    public AlignedWords(int length)
    {
        _array = GC.AllocateArray<ulong>(length + (Alignment / sizeof(ulong)), pinned: true);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(_array, 0);
        _offset = (int)((Alignment - (address % Alignment)) % Alignment) / sizeof(ulong);
        Length = length;
    }

    public int Length { get; }

    public Span<ulong> Span => _array.AsSpan(_offset, Length);

    public ref ulong Start => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_array), _offset);
}
