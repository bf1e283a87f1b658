using System.Numerics;
using SpinGlass.Models;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// Exact single-spin Metropolis for the periodic L×L×L Ising model at h = 0 by multispin coding, one bit per spin.
/// Even L (2 … 128) splits into the two sublattices <c>(x + y + z) mod 2</c>, 64 spins per word, updated one after the
/// other; odd L divisible by 3 (3 … 63) into the three colour classes <c>(x + y + z) mod 3</c>. A sweep is N = L³
/// attempts. The number u of unsatisfied bonds among each site's six comes from bitwise adders, and the site flips with
/// <c>min(1, e^{−βΔE})</c>, <c>ΔE = 4|J|(3 − u)</c>: always for u ≥ 3, else with <c>e^{−4β|J|}</c>, <c>e^{−8β|J|}</c> or
/// <c>e^{−12β|J|}</c>, drawn exactly to 2⁻⁶⁴ by comparing uniform bits with the binary expansion of the probability.
/// Sites are indexed <c>(z·L + y)·L + x</c>, as in <see cref="IsingLattice"/> (which it samples: for L = 2 the two
/// neighbours along an axis coincide and the pair is coupled twice).
/// </summary>
/// <remarks>
/// Multispin coding: Jacobs and Rebbi, J. Comput. Phys. 41, 203 (1981); Zorn, Herrmann and Rebbi, Comput. Phys.
/// Commun. 23, 337 (1981). The layout of the two sublattices is <see cref="CubicSlots"/>; for L a multiple of 8 the
/// vector kernels update eight words (eight rows y) at a time, as one <c>Vector512</c> or as two <c>Vector256</c>, with
/// 16 xoroshiro128++ lane streams that make the two lane for lane identical. Other L, and CPUs without AVX2, run the word
/// kernel on one xoshiro256** stream. J &lt; 0 counts aligned bonds as the unsatisfied ones (no gauge needed, so the
/// frustrated three-colour lattices are sampled too). All streams are seeded from the generator passed in.
/// </remarks>
public sealed class SimpleCubicIsingMultispin : ILatticeSampler
{
    private readonly CubicSlots _g;
    private readonly AlignedWords? _even;
    private readonly AlignedWords? _odd;
    private readonly AlignedWords? _leftSlots;
    private readonly CubicColourClasses? _classes;
    private readonly CubicAcceptance _acceptance;
    private readonly ulong[] _masks = new ulong[3 * 64];
    private readonly ulong _gauge;
    private readonly BlockStreams<WordBlock512>? _streams512;
    private readonly BlockStreams<WordBlock256x2>? _streams256;
    private readonly Xoshiro256StarStar _rng;

    /// <summary>Creates the sampler with all spins up.</summary>
    /// <param name="l">Side length: even 2 … 128, or odd divisible by 3, 3 … 63.</param>
    /// <param name="beta">Inverse temperature β ∈ [0, ∞].</param>
    /// <param name="rng">
    /// The chain's generator; the sampler's streams are seeded from its next outputs (1 for the word kernel, 17 for the
    /// vector kernels), so it is advanced.
    /// </param>
    /// <param name="j">Coupling J (either sign, finite). The default is 1.</param>
    /// <param name="kernel">The sweep implementation. The default picks the fastest available.</param>
    /// <exception cref="ArgumentException">An unsupported L, a β outside [0, ∞], or a vector kernel the lattice or CPU cannot run.</exception>
    public SimpleCubicIsingMultispin(int l, double beta, Xoshiro256StarStar rng, double j = 1.0, MultispinKernel kernel = MultispinKernel.Automatic)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (!SupportsSize(l))
        {
            throw new ArgumentException(
                $"L = {l} is not supported: the simple cubic multispin sampler needs an even L in [2, {CubicSlots.MaxL}] (two sublattices) "
                + $"or an odd L divisible by 3 in [3, {CubicColourClasses.MaxL}] (three colour classes).",
                nameof(l));
        }

        if (double.IsNaN(beta) || beta < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(beta), beta, "β must lie in [0, ∞].");
        }

        if (!double.IsFinite(j))
        {
            throw new ArgumentOutOfRangeException(nameof(j), j, "J must be finite.");
        }

        L = l;
        N = l * l * l;
        Beta = beta;
        J = j;
        Kernel = Resolve(kernel, l);
        _gauge = j < 0 ? ulong.MaxValue : 0;
        _acceptance = CubicAcceptance.For(j == 0 ? 0 : beta * Math.Abs(j));
        for (int t = 0; t < 64; t++)
        {
            _masks[3 * t] = CubicAcceptance.BitMask(_acceptance.P4, t);
            _masks[(3 * t) + 1] = CubicAcceptance.BitMask(_acceptance.P8, t);
            _masks[(3 * t) + 2] = CubicAcceptance.BitMask(_acceptance.P12, t);
        }

        _rng = new Xoshiro256StarStar(rng.NextUInt64());
        if (l % 2 == 0)
        {
            _g = new CubicSlots(l);
            _even = new AlignedWords(_g.Length);
            _odd = new AlignedWords(_g.Length);
            _leftSlots = new AlignedWords(2 * IWordBlock<WordBlock512>.Words);
            for (int parity = 0; parity < 2; parity++)
            {
                for (int y = 0; y < IWordBlock<WordBlock512>.Words; y++)
                {
                    // word y of a block (y₀ even) of sublattice c in plane p depends on (c + p) mod 2 only
                    _leftSlots.Span[(parity * IWordBlock<WordBlock512>.Words) + y] = _g.LeftMask(parity, 0, y);
                }
            }
        }
        else
        {
            _classes = new CubicColourClasses(l);
        }

        if (Kernel == MultispinKernel.Vector512)
        {
            _streams512 = new BlockStreams<WordBlock512>(rng);
        }
        else if (Kernel == MultispinKernel.Vector256)
        {
            _streams256 = new BlockStreams<WordBlock256x2>(rng);
        }

        var up = new sbyte[N];
        up.AsSpan().Fill(1);
        SetSpins(up);
    }

    /// <inheritdoc />
    public int L { get; }

    /// <summary>Number of spins <c>N = L³</c>.</summary>
    public int N { get; }

    /// <summary>Inverse temperature β.</summary>
    public double Beta { get; }

    /// <summary>Coupling J.</summary>
    public double J { get; }

    /// <summary>The kernel in use (never <see cref="MultispinKernel.Automatic"/>).</summary>
    public MultispinKernel Kernel { get; }

    /// <summary>Independent sets updated one after the other: 2 for even L, 3 for odd L.</summary>
    public int Colours => L % 2 == 0 ? 2 : 3;

    /// <summary>
    /// What runs: <c>"simple cubic multispin metropolis: Vector512 blocks; 16 xoroshiro128++ lane streams"</c>,
    /// <c>"…: 2×Vector256 blocks; 16 xoroshiro128++ lane streams"</c>, <c>"…: 64-bit words; xoshiro256**"</c>, or for odd L
    /// <c>"…: 3 colour classes, gathered 64-bit words; xoshiro256**"</c>.
    /// </summary>
    /// <remarks>
    /// The automatic kernel depends on the CPU only for L a multiple of 8: the two vector kernels draw the same 16 lane
    /// streams and give the same numbers bit for bit; without AVX2 the word kernel runs, a different (equally exact)
    /// chain, and this string says so.
    /// </remarks>
    public string Engine => "simple cubic multispin metropolis: " + (Kernel switch
    {
        MultispinKernel.Vector512 => "Vector512 blocks; 16 xoroshiro128++ lane streams",
        MultispinKernel.Vector256 => "2×Vector256 blocks; 16 xoroshiro128++ lane streams",
        _ when _classes is not null => "3 colour classes, gathered 64-bit words; xoshiro256**",
        _ => "64-bit words; xoshiro256**",
    });

    /// <inheritdoc />
    public long Sweeps { get; private set; }

    /// <inheritdoc />
    public long Attempts => Sweeps * N;

    /// <inheritdoc />
    public long Flips { get; private set; }

    /// <inheritdoc />
    public long BondSum => _classes?.BondSum() ?? (3L * N) - (2 * Kernel switch
    {
        MultispinKernel.Vector512 => CubicBlockKernel<WordBlock512>.AntiAlignedBonds(_even!, _odd!, _g, _leftSlots!),
        MultispinKernel.Vector256 => CubicBlockKernel<WordBlock256x2>.AntiAlignedBonds(_even!, _odd!, _g, _leftSlots!),
        _ => CubicWordKernel.AntiAlignedBonds(_even!.Span, _odd!.Span, _g),
    });

    /// <inheritdoc />
    public long Magnetisation
    {
        get
        {
            long up = _classes is { } classes ? PopCount(classes.Bits) : Kernel switch
            {
                MultispinKernel.Vector512 => CubicBlockKernel<WordBlock512>.PopCount(_even!) + CubicBlockKernel<WordBlock512>.PopCount(_odd!),
                MultispinKernel.Vector256 => CubicBlockKernel<WordBlock256x2>.PopCount(_even!) + CubicBlockKernel<WordBlock256x2>.PopCount(_odd!),
                _ => PopCount(_even!.Span) + PopCount(_odd!.Span),
            };
            return (2 * up) - N;
        }
    }

    /// <inheritdoc />
    public double Energy => -J * BondSum;

    /// <summary>True when the sampler can run an L×L×L lattice (with some kernel).</summary>
    public static bool SupportsSize(int l) =>
        (l >= 2 && l <= CubicSlots.MaxL && l % 2 == 0) || (l >= 3 && l <= CubicColourClasses.MaxL && l % 2 == 1 && l % 3 == 0);

    /// <summary>True when <paramref name="kernel"/> can run an L×L×L lattice on this CPU.</summary>
    public static bool Supports(MultispinKernel kernel, int l) => SupportsSize(l) && kernel switch
    {
        MultispinKernel.Automatic or MultispinKernel.Words => true,
        MultispinKernel.Vector512 => l % 8 == 0 && WordBlock512.IsSupported,
        MultispinKernel.Vector256 => l % 8 == 0 && WordBlock256x2.IsSupported,
        _ => false,
    };

    /// <summary>
    /// The sampler for <paramref name="lattice"/> under <paramref name="dynamics"/>, or null when it does not apply:
    /// a cubic lattice of a supported L (<see cref="SupportsSize"/>), Metropolis in checkerboard order (the sublattices
    /// or colour classes one after the other), h = 0 and finite J. Its spins start all up.
    /// </summary>
    public static SimpleCubicIsingMultispin? TryCreate(IsingLattice lattice, Dynamics dynamics, Xoshiro256StarStar rng)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        ArgumentNullException.ThrowIfNull(dynamics);
        return lattice.Kind == LatticeKind.Cubic && dynamics.Order == SiteOrder.Checkerboard && dynamics.Rule == UpdateRule.Metropolis
            && lattice.H == 0 && double.IsFinite(lattice.J) && SupportsSize(lattice.L)
            ? new SimpleCubicIsingMultispin(lattice.L, dynamics.Beta, rng, lattice.J)
            : null;
    }

    /// <inheritdoc />
    public int Sweep()
    {
        long flips = 0;
        if (_classes is not null)
        {
            flips = _classes.Sweep(_gauge, _acceptance, _rng);
        }
        else
        {
            for (int c = 0; c < 2; c++)
            {
                AlignedWords me = c == 0 ? _even! : _odd!, other = c == 0 ? _odd! : _even!;
                flips += Kernel switch
                {
                    MultispinKernel.Vector512 => CubicBlockKernel<WordBlock512>.Sweep(me, other, _g, c, _leftSlots!, _gauge, _acceptance, _masks, _streams512!),
                    MultispinKernel.Vector256 => CubicBlockKernel<WordBlock256x2>.Sweep(me, other, _g, c, _leftSlots!, _gauge, _acceptance, _masks, _streams256!),
                    _ => CubicWordKernel.Sweep(me.Span, other.Span, _g, c, _gauge, _acceptance, _rng),
                };
            }
        }

        Sweeps++;
        Flips += flips;
        return (int)flips;
    }

    /// <inheritdoc />
    public void SetSpins(ReadOnlySpan<sbyte> spins)
    {
        RequireLength(spins.Length);
        foreach (sbyte s in spins)
        {
            if (s is not (1 or -1))
            {
                throw new ArgumentException($"Spins must be +1 or -1, got {s}.", nameof(spins));
            }
        }

        if (_classes is { } classes)
        {
            Span<ulong> bits = classes.Bits;
            bits.Clear();
            for (int i = 0; i < N; i++)
            {
                bits[i >> 6] |= spins[i] > 0 ? 1UL << (i & 63) : 0;
            }

            return;
        }

        Span<ulong> even = _even!.Span, odd = _odd!.Span;
        even.Clear();
        odd.Clear();
        for (int i = 0; i < N; i++)
        {
            int x = i % L, y = i / L % L, z = i / (L * L);
            if (spins[i] > 0)
            {
                var (word, bit) = _g.Locate(x, y, z);
                (((x + y + z) & 1) == 0 ? even : odd)[word] |= 1UL << bit;
            }
        }
    }

    /// <inheritdoc />
    public void CopySpinsTo(Span<sbyte> destination)
    {
        RequireLength(destination.Length);
        if (_classes is { } classes)
        {
            ReadOnlySpan<ulong> bits = classes.Bits;
            for (int i = 0; i < N; i++)
            {
                destination[i] = ((bits[i >> 6] >> (i & 63)) & 1) != 0 ? (sbyte)1 : (sbyte)-1;
            }

            return;
        }

        ReadOnlySpan<ulong> even = _even!.Span, odd = _odd!.Span;
        for (int i = 0; i < N; i++)
        {
            int x = i % L, y = i / L % L, z = i / (L * L);
            var (word, bit) = _g.Locate(x, y, z);
            ulong w = (((x + y + z) & 1) == 0 ? even : odd)[word];
            destination[i] = ((w >> bit) & 1) != 0 ? (sbyte)1 : (sbyte)-1;
        }
    }

    private static MultispinKernel Resolve(MultispinKernel kernel, int l)
    {
        if (kernel == MultispinKernel.Automatic)
        {
            return Supports(MultispinKernel.Vector512, l) ? MultispinKernel.Vector512
                : Supports(MultispinKernel.Vector256, l) ? MultispinKernel.Vector256
                : MultispinKernel.Words;
        }

        return Enum.IsDefined(kernel) && Supports(kernel, l)
            ? kernel
            : throw new ArgumentException($"The {kernel} kernel cannot run L = {l} on this machine.", nameof(kernel));
    }

    private static long PopCount(ReadOnlySpan<ulong> words)
    {
        long count = 0;
        foreach (ulong w in words)
        {
            count += BitOperations.PopCount(w);
        }

        return count;
    }

    private void RequireLength(int length)
    {
        if (length != N)
        {
            throw new ArgumentException($"Expected {N} spins, got {length}.");
        }
    }
}
