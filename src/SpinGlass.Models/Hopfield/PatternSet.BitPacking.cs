using System.Numerics;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Hopfield;

/// <summary>The bit packing of the <see cref="PatternLayout.Packed"/> layout: 64 × 64 tile transposes.</summary>
public sealed partial class PatternSet
{
    /// <summary>
    /// Packs neuron-major bit rows from pattern-major bit rows given 64 patterns at a time: fill <see cref="Row"/> of
    /// the patterns of word w (zeroed, bit i set ⇔ ξ^μ_i = +1), then <see cref="Flush"/> transposes each 64 × 64 tile.
    /// </summary>
    private sealed class BitPacker
    {
        private readonly int _n;
        private readonly ulong[][] _block;
        private readonly ulong[] _bits;

        public BitPacker(int n, int p, PatternBuffers? buffers = null)
        {
            _n = n;
            Words = (p + 63) >> 6;
            // every word is written by Flush, so a reused buffer needs no clearing
            _bits = buffers is null ? new ulong[(long)n * Words] : buffers.Bits((long)n * Words);
            _block = new ulong[64][];
            for (int k = 0; k < 64; k++)
            {
                _block[k] = new ulong[(n + 63) >> 6];
            }
        }

        public int Words { get; }

        public ulong[] Row(int mu) => _block[mu & 63];

        public void Flush(int w)
        {
            Span<ulong> tile = stackalloc ulong[64];
            for (int g = 0; g < _block[0].Length; g++)
            {
                for (int k = 0; k < 64; k++)
                {
                    tile[k] = _block[k][g];
                }

                Transpose64(tile);
                int rows = Math.Min(64, _n - g * 64);
                for (int j = 0; j < rows; j++)
                {
                    _bits[(long)(g * 64 + j) * Words + w] = tile[j];
                }
            }

            foreach (var row in _block)
            {
                Array.Clear(row);
            }
        }

        public (ulong[] Bits, int[] PlusCounts) Finish()
        {
            var plusCounts = new int[_n];
            for (int i = 0; i < _n; i++)
            {
                int count = 0;
                foreach (ulong word in _bits.AsSpan(i * Words, Words))
                {
                    count += BitOperations.PopCount(word);
                }

                plusCounts[i] = count;
            }

            return (_bits, plusCounts);
        }
    }

    /// <summary>Transposes a 64 × 64 bit matrix in place: bit c of row r moves to bit r of row c.</summary>
    internal static void Transpose64(Span<ulong> a)
    {
        ulong m = 0x0000_0000_FFFF_FFFFUL;
        for (int j = 32; j != 0; j >>= 1, m ^= m << j)
        {
            for (int k = 0; k < 64; k = ((k | j) + 1) & ~j)
            {
                ulong t = ((a[k] >> j) ^ a[k | j]) & m;
                a[k] ^= t << j;
                a[k | j] ^= t;
            }
        }
    }
}
