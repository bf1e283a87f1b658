using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SpinGlass.Models.Hopfield;

/// <summary>
/// Arrays on the pinned object heap whose data from <c>Start</c> on is 64-byte aligned, so that every vector row of a
/// kernel stays inside whole cache lines (pinned objects never move, so the offset stays valid).
/// </summary>
internal static class AlignedArray
{
    public const int Alignment = 64;

    /// <summary>A zeroed array holding at least <paramref name="length"/> elements from the aligned index <paramref name="start"/>.</summary>
    public static T[] Allocate<T>(long length, out int start)
        where T : unmanaged
    {
        int size = Unsafe.SizeOf<T>();
        long total = length + Alignment / size;
        if (total > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"An array of {length} elements exceeds the .NET array limit.");
        }

        var array = GC.AllocateArray<T>((int)total, pinned: true);
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            long misalignment = handle.AddrOfPinnedObject() & (Alignment - 1);
            start = misalignment == 0 ? 0 : (int)((Alignment - misalignment) / size);
        }
        finally
        {
            handle.Free();
        }

        return array;
    }
}
