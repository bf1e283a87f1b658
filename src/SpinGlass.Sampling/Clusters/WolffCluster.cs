using SpinGlass.Models;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Clusters;

/// <summary>
/// Wolff single-cluster updates of an Ising lattice at zero field, <c>H = −J Σ_⟨ij⟩ s_i s_j</c>: a step picks a
/// random seed site, grows the Fortuin–Kasteleyn cluster from it — a neighbour j of a cluster site i joins when the
/// bond is satisfied (<c>J s_i s_j &gt; 0</c>) and a uniform draw falls below <c>p = 1 − e^{−2β|J|}</c> — and flips
/// the whole cluster, which is always accepted.
/// </summary>
/// <remarks>
/// <para>
/// Wolff, Phys. Rev. Lett. 62, 361 (1989); the Fortuin–Kasteleyn representation <c>e^{βJ s_i s_j} ∝ (1 − p) + p·δ(bond
/// satisfied)</c> holds bond by bond for either sign of J, so the update is exact for ferromagnets (J &gt; 0), for
/// antiferromagnets on bipartite lattices (where it is the ferromagnetic Wolff update after the staggered mapping
/// <c>s_i → (−1)^i s_i</c>) and even on frustrated odd rings and tori (where it stays exact, only slow). A field h ≠ 0
/// would need a ghost spin and is refused.
/// </para>
/// <para>
/// Bonds follow the lattice's neighbour table, one attempt per entry: on an <c>L = 2</c> torus a pair that is listed twice
/// (coupled twice in the energy) gets two independent attempts, <c>1 − (1 − p)² = 1 − e^{−2β·2|J|}</c>, the bond
/// probability of the doubled coupling. Sites join once, marked with a generation counter, so a step allocates nothing.
/// </para>
/// <para>
/// Time unit: one <see cref="Sweep"/> is one cluster step. <see cref="Attempts"/> grows by N per step and
/// <see cref="Flips"/> by the cluster size, so <c>Flips/Attempts = ⟨|C|⟩/N</c> is the sweeps-equivalent of one step, and an
/// autocorrelation time in steps times <c>⟨|C|⟩/N</c> is the time in sweeps-equivalents used by Wolff 1989 and by
/// Coddington &amp; Baillie, Phys. Rev. Lett. 68, 962 (1992). A fixed number of steps per measurement keeps the
/// measurement times independent of the chain; stopping after "N spins flipped" would not, and would weight the
/// measured states by the size of their last cluster.
/// </para>
/// </remarks>
public sealed class WolffCluster : ISweepable
{
    private readonly IsingLatticeState _state;
    private readonly IsingLattice _lattice;
    private readonly Xoshiro256StarStar _rng;
    private readonly int[] _cluster;
    private readonly int[] _marks;
    private readonly int _sign;
    private readonly bool _always;
    private readonly ulong _threshold;
    private int _generation;

    /// <summary>Creates the sampler on <paramref name="state"/>, whose spins it flips.</summary>
    /// <param name="state">The chain state of an Ising lattice with field h = 0.</param>
    /// <param name="beta">Inverse temperature β ∈ [0, ∞].</param>
    /// <param name="rng">The chain's generator, shared (not copied): the sampler draws from it.</param>
    /// <exception cref="ArgumentException">The lattice has a field h ≠ 0, or a coupling that is not finite.</exception>
    public WolffCluster(IsingLatticeState state, double beta, Xoshiro256StarStar rng)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(rng);
        if (double.IsNaN(beta) || beta < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(beta), beta, "β must lie in [0, ∞].");
        }

        _lattice = state.Model;
        if (_lattice.H != 0)
        {
            throw new ArgumentException($"wolff needs h = 0 (the cluster flip reverses the field energy; this lattice has h = {_lattice.H}).", nameof(state));
        }

        if (!double.IsFinite(_lattice.J))
        {
            throw new ArgumentException($"wolff needs a finite coupling J (got {_lattice.J}).", nameof(state));
        }

        _state = state;
        _rng = rng;
        _cluster = new int[state.N];
        _marks = new int[state.N];
        _sign = _lattice.J < 0 ? -1 : 1;
        BondProbability = Probability(beta, _lattice.J);
        _always = BondProbability >= 1;
        _threshold = _always ? ulong.MaxValue : (ulong)(BondProbability * 18446744073709551616.0);
        Beta = beta;
        Engine = $"wolff-cluster: {nameof(IsingLatticeState)} neighbour table, one cluster per step; xoshiro256**";
    }

    /// <summary>The spin state (spins, bond sum, magnetisation).</summary>
    public IsingLatticeState State => _state;

    /// <summary>Inverse temperature β.</summary>
    public double Beta { get; }

    /// <summary>The bond probability <c>p = 1 − e^{−2β|J|}</c> (0 at J = 0, 1 at β = ∞ with J ≠ 0).</summary>
    public double BondProbability { get; }

    /// <inheritdoc />
    /// <remarks><c>"wolff-cluster: IsingLatticeState neighbour table, one cluster per step; xoshiro256**"</c>.</remarks>
    public string Engine { get; }

    /// <summary>Cluster steps done so far.</summary>
    public long Sweeps { get; private set; }

    /// <summary>N per cluster step, so that <c>Flips/Attempts = ⟨|C|⟩/N</c> (see the remarks of the class).</summary>
    public long Attempts { get; private set; }

    /// <summary>Spins flipped so far: the sum of the cluster sizes.</summary>
    public long Flips { get; private set; }

    /// <summary>The mean cluster size per spin <c>⟨|C|⟩/N</c> so far: the sweeps-equivalent of one step (0 before the first).</summary>
    public double SweepsPerStep => Attempts == 0 ? 0 : (double)Flips / Attempts;

    /// <summary><c>p = 1 − e^{−2β|J|}</c>, with p = 0 at J = 0 for every β (no ∞·0).</summary>
    public static double Probability(double beta, double j) => j == 0 || beta == 0 ? 0 : -double.ExpM1(-2 * beta * Math.Abs(j));

    /// <summary>Grows one cluster from a random seed site and flips it; returns its size.</summary>
    public int Sweep()
    {
        int generation = NextGeneration();
        int seed = _rng.NextInt(_cluster.Length);
        _marks[seed] = generation;
        _cluster[0] = seed;
        int size = 1;
        if (BondProbability > 0)
        {
            size = Grow(generation);
        }

        for (int k = 0; k < size; k++)
        {
            _state.Flip(_cluster[k]);
        }

        Sweeps++;
        Attempts += _cluster.Length;
        Flips += size;
        return size;
    }

    // Breadth-first: _cluster[0, size) holds the cluster, _cluster[head] the next site to grow from; no spin is flipped
    // until the cluster is complete, so every test reads the configuration the step started from. The fields the loop
    // reads are copied to locals, which the JIT keeps in registers across the array stores.
    private int Grow(int generation)
    {
        ReadOnlySpan<sbyte> spins = _state.Spins;
        ReadOnlySpan<int> neighbours = _lattice.Neighbours;
        int[] cluster = _cluster, marks = _marks;
        var rng = _rng;
        ulong threshold = _threshold;
        bool always = _always;
        int z = _lattice.Coordination, sign = _sign, size = 1;
        for (int head = 0; head < size; head++)
        {
            int i = cluster[head];
            int satisfied = sign * spins[i];
            foreach (int j in neighbours.Slice(i * z, z))
            {
                if (spins[j] == satisfied && marks[j] != generation && (always || rng.NextUInt64() < threshold))
                {
                    marks[j] = generation;
                    cluster[size++] = j;
                }
            }
        }

        return size;
    }

    private int NextGeneration()
    {
        if (_generation == int.MaxValue)
        {
            Array.Clear(_marks);
            _generation = 0;
        }

        return ++_generation;
    }
}
