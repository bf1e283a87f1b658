using System.Numerics;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// Exact single-spin Metropolis for the periodic L×L Ising model at h = 0 by multispin coding: each checkerboard
/// sublattice is stored one bit per spin, 64 spins per word, and a sweep updates all sites of one sublattice, then
/// all of the other (L² attempts). The neighbour count of 64 sites comes from bitwise adders, and each site flips with
/// <c>min(1, e^{−βΔE})</c> drawn exactly to 2⁻⁶⁴ by comparing uniform bits with the binary expansion of
/// <c>e^{−4β|J|}</c> or <c>e^{−8β|J|}</c>.
/// </summary>
/// <remarks>
/// Multispin coding: Jacobs and Rebbi, J. Comput. Phys. 41, 203 (1981); Zorn, Herrmann and Rebbi, Comput. Phys.
/// Commun. 23, 337 (1981). The draw: lane b accepts when the uniform 0.b₁b₂… (bit b of successive random words) is
/// below p, decided at the first bit where the two expansions differ, so 64 lanes share about log₂64 + 2 words.
/// J &lt; 0 is sampled through the gauge <c>s_i → −s_i</c> on sublattice 1 (exact for even L), so <see cref="Magnetisation"/>
/// stays the uniform magnetisation. Random bits come from one xoshiro256** stream (word kernel) or 16 xoroshiro128++ lane streams
/// (vector kernels), all seeded from the generator passed in: results depend only on its state and the kernel.
/// </remarks>
public sealed class SquareIsingMultispin : ILatticeSampler
{
    private readonly SublatticeGeometry _g;
    private readonly AlignedWords _black;
    private readonly AlignedWords _white;
    private readonly MultispinAcceptance _acceptance;
    private readonly bool _gauged;
    private readonly BlockStreams<WordBlock512>? _random512;
    private readonly BlockStreams<WordBlock256x2>? _random256;
    private Xoshiro256StarStar _rng;

    /// <summary>Creates the sampler with all spins up.</summary>
    /// <param name="l">Even side length L ≥ 2.</param>
    /// <param name="beta">Inverse temperature β ∈ [0, ∞].</param>
    /// <param name="rng">
    /// The chain's generator; the sampler's streams are seeded from its next outputs (1 for the word kernel, 17 for the
    /// vector kernels), so it is advanced.
    /// </param>
    /// <param name="j">Coupling J (either sign). The default is 1.</param>
    /// <param name="kernel">The sweep implementation. The default picks the fastest available.</param>
    /// <exception cref="ArgumentException">An odd L, a β outside [0, ∞], or a vector kernel the lattice or CPU cannot run.</exception>
    public SquareIsingMultispin(int l, double beta, Xoshiro256StarStar rng, double j = 1.0, MultispinKernel kernel = MultispinKernel.Automatic)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(l, 2);
        if (l % 2 != 0)
        {
            throw new ArgumentException("The checkerboard decomposition needs an even L.", nameof(l));
        }

        if (double.IsNaN(beta) || beta < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(beta), beta, "β must lie in [0, ∞].");
        }

        if (!double.IsFinite(j))
        {
            throw new ArgumentOutOfRangeException(nameof(j), j, "J must be finite.");
        }

        _g = new SublatticeGeometry(l);
        L = l;
        N = l * l;
        Beta = beta;
        J = j;
        Kernel = Resolve(kernel, _g);
        _gauged = j < 0;
        _acceptance = MultispinAcceptance.For(j == 0 ? 0 : beta * Math.Abs(j));
        _black = new AlignedWords(_g.Length);
        _white = new AlignedWords(_g.Length);
        _rng = new Xoshiro256StarStar(rng.NextUInt64());
        if (Kernel == MultispinKernel.Vector512)
        {
            _random512 = new BlockStreams<WordBlock512>(rng);
        }
        else if (Kernel == MultispinKernel.Vector256)
        {
            _random256 = new BlockStreams<WordBlock256x2>(rng);
        }

        var up = new sbyte[N];
        up.AsSpan().Fill(1);
        SetSpins(up);
    }

    /// <inheritdoc />
    public int L { get; }

    /// <inheritdoc />
    public int N { get; }

    /// <summary>Inverse temperature β.</summary>
    public double Beta { get; }

    /// <summary>Coupling J.</summary>
    public double J { get; }

    /// <summary>The kernel in use (never <see cref="MultispinKernel.Automatic"/>).</summary>
    public MultispinKernel Kernel { get; }

    /// <summary>
    /// What runs: <c>"multispin metropolis: Vector512 blocks; 16 xoroshiro128++ lane streams"</c>,
    /// <c>"multispin metropolis: 2×Vector256 blocks; 16 xoroshiro128++ lane streams"</c> or
    /// <c>"multispin metropolis: 64-bit words; xoshiro256**"</c> (<see cref="Kernel"/> and its random streams).
    /// </summary>
    /// <remarks>
    /// The automatic kernel depends on the CPU only for L a multiple of 1024 (smaller or other lattices always run the
    /// word kernel). There the two vector kernels draw the same 16 lane streams and are lane for lane identical: a CPU
    /// without AVX-512 (or where .NET does not accelerate <c>Vector512</c>) runs the 2×Vector256 blocks and gets the
    /// same numbers, bit for bit. A CPU without AVX2 runs the word kernel, which draws from one xoshiro256** stream:
    /// a different chain (equally exact), so different numbers — and this string says so.
    /// </remarks>
    public string Engine => Kernel switch
    {
        MultispinKernel.Vector512 => "multispin metropolis: Vector512 blocks; 16 xoroshiro128++ lane streams",
        MultispinKernel.Vector256 => "multispin metropolis: 2×Vector256 blocks; 16 xoroshiro128++ lane streams",
        _ => "multispin metropolis: 64-bit words; xoshiro256**",
    };

    /// <inheritdoc />
    public long Sweeps { get; private set; }

    /// <inheritdoc />
    public long Attempts => Sweeps * N;

    /// <inheritdoc />
    public long Flips { get; private set; }

    /// <inheritdoc />
    public long BondSum
    {
        get
        {
            long b = 2L * N - 2 * AntiAlignedBonds();
            return _gauged ? -b : b;
        }
    }

    /// <inheritdoc />
    public long Magnetisation
    {
        get
        {
            long black = 2 * PopCount(_black) - N / 2, white = 2 * PopCount(_white) - N / 2;
            return _gauged ? black - white : black + white;
        }
    }

    /// <inheritdoc />
    public double Energy => -J * BondSum;

    /// <summary>True when <paramref name="kernel"/> can run an L×L lattice on this CPU.</summary>
    public static bool Supports(MultispinKernel kernel, int l) => kernel switch
    {
        MultispinKernel.Automatic or MultispinKernel.Words => l >= 2 && l % 2 == 0,
        MultispinKernel.Vector512 => l >= 1024 && l % 1024 == 0 && WordBlock512.IsSupported,
        MultispinKernel.Vector256 => l >= 1024 && l % 1024 == 0 && WordBlock256x2.IsSupported,
        _ => false,
    };

    /// <inheritdoc />
    public int Sweep()
    {
        long flips = 0;
        for (int c = 0; c < 2; c++)
        {
            AlignedWords me = c == 0 ? _black : _white, other = c == 0 ? _white : _black;
            flips += Kernel switch
            {
                MultispinKernel.Vector512 => MultispinBlockKernel<WordBlock512>.Sweep(me, other, _g, c, _acceptance, _random512!),
                MultispinKernel.Vector256 => MultispinBlockKernel<WordBlock256x2>.Sweep(me, other, _g, c, _acceptance, _random256!),
                _ => MultispinWordKernel.Sweep(me.Span, other.Span, _g, c, _acceptance, _rng),
            };
        }

        Sweeps++;
        Flips += flips;
        return (int)flips;
    }

    /// <inheritdoc />
    public void SetSpins(ReadOnlySpan<sbyte> spins)
    {
        RequireLength(spins.Length);
        Span<ulong> black = _black.Span, white = _white.Span;
        black.Clear();
        white.Clear();
        for (int i = 0; i < L; i++)
        {
            for (int j = 0; j < L; j++)
            {
                int s = spins[i * L + j], c = (i + j) & 1, k = j >> 1;
                if (s is not (1 or -1))
                {
                    throw new ArgumentException($"Spins must be +1 or -1, got {s}.", nameof(spins));
                }

                bool up = (s > 0) ^ (_gauged && c == 1);
                if (up)
                {
                    (c == 0 ? black : white)[_g.RowStart(i) + (k >> 6)] |= 1UL << (k & 63);
                }
            }
        }
    }

    /// <inheritdoc />
    public void CopySpinsTo(Span<sbyte> destination)
    {
        RequireLength(destination.Length);
        ReadOnlySpan<ulong> black = _black.Span, white = _white.Span;
        for (int i = 0; i < L; i++)
        {
            for (int j = 0; j < L; j++)
            {
                int c = (i + j) & 1, k = j >> 1;
                bool up = (((c == 0 ? black : white)[_g.RowStart(i) + (k >> 6)] >> (k & 63)) & 1) != 0;
                destination[i * L + j] = up ^ (_gauged && c == 1) ? (sbyte)1 : (sbyte)-1;
            }
        }
    }

    private static MultispinKernel Resolve(MultispinKernel kernel, SublatticeGeometry g)
    {
        if (kernel == MultispinKernel.Automatic)
        {
            return Supports(MultispinKernel.Vector512, g.L) ? MultispinKernel.Vector512
                : Supports(MultispinKernel.Vector256, g.L) ? MultispinKernel.Vector256
                : MultispinKernel.Words;
        }

        return Enum.IsDefined(kernel) && Supports(kernel, g.L)
            ? kernel
            : throw new ArgumentException($"The {kernel} kernel cannot run L = {g.L} on this machine.", nameof(kernel));
    }

    private void RequireLength(int length)
    {
        if (length != N)
        {
            throw new ArgumentException($"Expected {N} spins, got {length}.");
        }
    }

    private long PopCount(AlignedWords words)
    {
        ReadOnlySpan<ulong> sub = words.Span;
        long count = 0;
        for (int i = 0; i < L; i++)
        {
            int row = _g.RowStart(i);
            for (int w = 0; w < _g.Words; w++)
            {
                count += BitOperations.PopCount(sub[row + w]);
            }
        }

        return count;
    }

    /// <summary>Anti-aligned (stored) neighbour pairs, counted once from each black site's four bond slots.</summary>
    private long AntiAlignedBonds()
    {
        ReadOnlySpan<ulong> black = _black.Span, white = _white.Span;
        long count = 0;
        for (int i = 0; i < L; i++)
        {
            int row = _g.RowStart(i), up = _g.RowStart(i == 0 ? L - 1 : i - 1), dn = _g.RowStart(i == L - 1 ? 0 : i + 1);
            bool left = (i & 1) == 0;
            for (int w = 0; w < _g.Words; w++)
            {
                ulong s = black[row + w], valid = w == _g.Words - 1 ? _g.LastWordMask : ulong.MaxValue;
                ulong side = MultispinWordKernel.SideWord(white, row, w, left, _g.Words, (_g.Half - 1) & 63);
                count += BitOperations.PopCount((s ^ white[up + w]) & valid) + BitOperations.PopCount((s ^ white[dn + w]) & valid)
                    + BitOperations.PopCount((s ^ white[row + w]) & valid) + BitOperations.PopCount((s ^ side) & valid);
            }
        }

        return count;
    }
}
