using SpinGlass.Models;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Modern;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;
using SpinGlass.Sampling.Clusters;
using SpinGlass.Sampling.Lanes;
using SpinGlass.Sampling.Lattice;
using SpinGlass.Sampling.Tempering;

namespace SpinGlass.Runner.Bench;

/// <summary>
/// The fixed kernels of <c>spinglass bench</c>, each the same work as its C yardstick program where one exists
/// (the <c>bench-reference</c> programs, run with <c>--yardstick DIR</c>): sizes, temperatures, rules and site
/// orders are part of the kernel.
/// </summary>
/// <remarks>
/// Every workload builds its engine in one line (the <c>engine</c> local); swapping an engine changes that line only.
/// </remarks>
internal static class BenchKernels
{
    private const ulong Seed = 2024;

    public static IReadOnlyList<BenchKernel> All { get; } =
    [
        new("hopfield-t0", "neuron update", quick => HopfieldZeroTemperature(quick, SiteOrder.Sequential),
            quick => Programs("hopfield", ["overlap_avx512", "overlap_avx2", "dense_simd"], quick ? ["3", "2", "200", "20"] : ["5", "10"])),
        new("hopfield-t0-random", "neuron update", quick => HopfieldZeroTemperature(quick, SiteOrder.Random), _ => []),
        new("hopfield-glauber", "neuron update", quick => HopfieldFiniteTemperature(quick, UpdateRule.Glauber, SiteOrder.Random, Seed + 1), _ => []),
        new("hopfield-glauber-sequential", "neuron update", quick => HopfieldFiniteTemperature(quick, UpdateRule.Glauber, SiteOrder.Sequential, Seed + 1), _ => []),
        new("hopfield-glauber-lanes", "chain update", HopfieldGlauberLanes, _ => []),
        new("hopfield-metropolis", "neuron update", quick => HopfieldFiniteTemperature(quick, UpdateRule.Metropolis, SiteOrder.Random, Seed + 20), _ => []),
        new("ising2d-metropolis", "spin-flip attempt", Ising2D,
            quick => Programs("ising", ["mscb8", "simd16", "scalar"], quick ? ["2.269", "2", "3", "0", "1024"] : ["2.269", "20", "5"])),
        new("ising3d-metropolis", "spin-flip attempt", Ising3D, _ => []),
        new("wolff-square", "spin flipped", WolffSquare, _ => []),
        new("sk-metropolis", "spin-flip attempt", quick => SherringtonKirkpatrick(quick, singlePrecision: true), _ => []),
        new("sk-metropolis-f64", "spin-flip attempt", quick => SherringtonKirkpatrick(quick, singlePrecision: false), _ => []),
        new("ea3d-pt", "spin-flip attempt", quick => EdwardsAndersonTempering(quick, bookkeeping: true), _ => []),
        new("ea3d-pt-sweeps", "spin-flip attempt", quick => EdwardsAndersonTempering(quick, bookkeeping: false), _ => []),
        new("dense-poly3", "neuron update", DensePolynomial, _ => []),
        new("modern-retrieve", "query update", ModernRetrieve, quick => [new YardstickProgram("modern", "numpy", quick ? ["64", "1024", "8"] : ["256", "65536", "64"])]),
    ];

    // The multispin-coded C variants need L to be a multiple of 1024, so even --quick runs them at full size.

    public static BenchKernel? Find(string name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>
    /// N = 2000, p = 200, T = 0 sweeps from ξ¹ with 20 % of its bits flipped, in sequential order (yardstick <c>hopfield</c>)
    /// or random order (<c>hopfield-t0-random</c>: the cost of drawing sites and reading their rows at random, with no
    /// acceptance work); the spins are reset to the cue before every run.
    /// </summary>
    private static BenchWorkload HopfieldZeroTemperature(bool quick, SiteOrder order)
    {
        int n = quick ? 200 : 2000, p = quick ? 20 : 200, sweeps = quick ? 2 : 10;
        var (state, cue) = HopfieldAtCue(n, p, 0.2);
        var engine = new MarkovChain(state, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity, order), new Xoshiro256StarStar(Seed));
        return new(
            [new("N", n), new("p", p), new("T", 0.0), new("rule", "zero-temperature"), new("order", OrderName(order)), new("noise", 0.2), new("sweeps", sweeps)],
            sweeps, n, () => engine.Sweep(), () => state.SetSpins(cue));
    }

    /// <summary>
    /// N = 2000, p = 200, T = 0.5 heat bath or Metropolis (integer flip costs and a threshold table), random site order or,
    /// for <c>hopfield-glauber-sequential</c>, sequential (the cost of the temperature alone, beside <c>hopfield-t0</c>);
    /// the chain continues from run to run.
    /// </summary>
    private static BenchWorkload HopfieldFiniteTemperature(bool quick, UpdateRule rule, SiteOrder order, ulong seed)
    {
        int n = quick ? 200 : 2000, p = quick ? 20 : 200, sweeps = quick ? 2 : 10;
        var (state, _) = HopfieldAtCue(n, p, 0.2);
        var engine = new MarkovChain(state, new Dynamics(rule, 1 / 0.5, order), new Xoshiro256StarStar(seed));
        return new(
            [new("N", n), new("p", p), new("T", 0.5), new("rule", rule == UpdateRule.Glauber ? "glauber" : "metropolis"), new("order", OrderName(order)), new("sweeps", sweeps)],
            sweeps, n, () => engine.Sweep(), null);
    }

    private static string OrderName(SiteOrder order) => order == SiteOrder.Random ? "random" : "sequential";

    /// <summary>
    /// The network of <c>hopfield-glauber</c> (N = 2000, p = 200, T = 0.5 heat bath, random sites) as sixteen chains in
    /// vector lanes (<see cref="HopfieldLanes"/>), all at T = 0.5 from the same cue; ns per chain-update (one site in one
    /// lane), the chains continuing from run to run.
    /// </summary>
    private static BenchWorkload HopfieldGlauberLanes(bool quick)
    {
        int n = quick ? 200 : 2000, p = quick ? 20 : 200, sweeps = quick ? 2 : 10;
        var rng = new Xoshiro256StarStar(Seed);
        var patterns = PatternSet.Random(n, p, rng);
        var cue = Cues.Flip(patterns.Pattern(0), 0.2, rng);
        double[] betas = [.. Enumerable.Repeat(1 / 0.5, HopfieldLanes.Lanes)];
        var engine = new HopfieldLanes(patterns, UpdateRule.Glauber, betas, cue, new Xoshiro256StarStar(Seed + 31));
        return new(
            [new("N", n), new("p", p), new("T", 0.5), new("rule", "glauber"), new("order", "random"), new("lanes", HopfieldLanes.Lanes), new("engine", engine.Width), new("sweeps", sweeps)],
            sweeps, (long)n * HopfieldLanes.Lanes, engine.Sweep, null);
    }

    /// <summary>
    /// L = 1024 periodic square lattice, exact Metropolis at T = 2.269, checkerboard sweeps on the multispin-coded
    /// engine the <c>ising</c> experiment uses for <c>order: checkerboard</c> (yardstick <c>ising mscb8</c>).
    /// </summary>
    private static BenchWorkload Ising2D(bool quick)
    {
        int l = quick ? 128 : 1024, sweeps = quick ? 2 : 20;
        var engine = new SquareIsingMultispin(l, 1 / 2.269, new Xoshiro256StarStar(Seed + 3));
        engine.SetSpins(RandomSpins(l * l, Seed + 2));
        return new(
            [new("L", l), new("T", 2.269), new("rule", "metropolis"), new("order", "checkerboard"), new("engine", engine.Engine), new("sweeps", sweeps)],
            sweeps, (long)l * l, () => engine.Sweep(), null);
    }

    /// <summary>
    /// L = 64 periodic cubic lattice, exact Metropolis at T = 4.5115 (near T_c), checkerboard sweeps on the multispin-coded
    /// engine the <c>ising</c> experiment uses for <c>lattice: cubic</c> with <c>order: checkerboard</c>.
    /// </summary>
    private static BenchWorkload Ising3D(bool quick)
    {
        int l = quick ? 16 : 64, sweeps = quick ? 2 : 20;
        var engine = new SimpleCubicIsingMultispin(l, 1 / 4.5115, new Xoshiro256StarStar(Seed + 5));
        engine.SetSpins(RandomSpins(l * l * l, Seed + 4));
        return new(
            [new("L", l), new("T", 4.5115), new("rule", "metropolis"), new("order", "checkerboard"), new("engine", engine.Engine), new("sweeps", sweeps)],
            sweeps, (long)l * l * l, () => engine.Sweep(), null);
    }

    /// <summary>
    /// L = 256 periodic square lattice at T = 2.269 (T_c), Wolff single-cluster steps from a configuration equilibrated by 50
    /// sweeps-equivalents of Wolff steps; the
    /// spins and the stream are reset before every run, so each run flips the same clusters and the time is per spin flipped.
    /// </summary>
    private static BenchWorkload WolffSquare(bool quick)
    {
        int l = quick ? 32 : 256, steps = quick ? 50 : 200;
        double beta = 1 / 2.269;
        var lattice = new IsingLattice(LatticeKind.Square, l);
        var state = (IsingLatticeState)lattice.CreateState(RandomSpins(l * l, Seed + 11));
        var warm = new WolffCluster(state, beta, new Xoshiro256StarStar(Seed + 12));
        while (warm.Flips < 50L * l * l)
        {
            warm.Sweep();
        }

        var start = state.Spins.ToArray();
        long flipped = 0;
        var engine = new WolffCluster(state, beta, new Xoshiro256StarStar(Seed + 13));
        for (int step = 0; step < steps; step++)
        {
            flipped += engine.Sweep();
        }

        return new(
            [new("L", l), new("T", 2.269), new("rule", "wolff"), new("sweeps", steps), new("mean_cluster_fraction", (double)flipped / steps / (l * l)), new("engine", engine.Engine)],
            1, flipped, () =>
            {
                for (int step = 0; step < steps; step++)
                {
                    engine.Sweep();
                }
            },
            () =>
            {
                state.SetSpins(start);
                engine = new WolffCluster(state, beta, new Xoshiro256StarStar(Seed + 13));
            });
    }

    /// <summary>N = 2000 Sherrington–Kirkpatrick couplings <c>J_ij ~ N(0, 1/N)</c>, Metropolis at T = 0.5, random order.</summary>
    private static BenchWorkload SherringtonKirkpatrick(bool quick, bool singlePrecision)
    {
        int n = quick ? 200 : 2000, sweeps = quick ? 2 : 10;
        var rng = new Xoshiro256StarStar(Seed + 6);
        var couplings = singlePrecision ? CouplingMatrix.SherringtonKirkpatrick(n, rng) : DoublePrecisionGaussian(n, rng);
        var model = new CouplingMatrixModel(couplings, name: "sk");
        var state = model.CreateState(RandomSpins(n, Seed + 7));
        var engine = new MarkovChain(state, new Dynamics(UpdateRule.Metropolis, 1 / 0.5, SiteOrder.Random), new Xoshiro256StarStar(Seed + 8));
        return new(
            [new("N", n), new("T", 0.5), new("rule", "metropolis"), new("order", "random"), new("couplings", couplings.IsSinglePrecision ? "float32" : "float64"), new("sweeps", sweeps)],
            sweeps, n, () => engine.Sweep(), null);
    }

    /// <summary>
    /// SK couplings N(0, 1/N) kept in double precision (not float32-exact), so the matrix is stored as doubles: the storage of
    /// learned networks and of coupling files with full-precision values.
    /// </summary>
    private static CouplingMatrix DoublePrecisionGaussian(int n, Xoshiro256StarStar rng)
    {
        var values = new double[n * n];
        double scale = 1 / Math.Sqrt(n);
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                values[(i * n) + j] = values[(j * n) + i] = scale * rng.NextGaussian();
            }
        }

        return new CouplingMatrix(n, values);
    }

    /// <summary>
    /// 3D Edwards–Anderson ±J, L = 8 (N = 512), two parallel-tempering ladders of 16 temperatures (T = 0.9 … 2.0,
    /// geometric), Metropolis in random order. With <paramref name="bookkeeping"/> every sweep of both ladders is followed by
    /// an exchange round and the spin-glass experiment's measurement (energies, the overlap q at every T, its histogram);
    /// without, the same ladders only sweep — the ratio of the two is the cost of exchanges and overlaps.
    /// </summary>
    private static BenchWorkload EdwardsAndersonTempering(bool quick, bool bookkeeping)
    {
        const int K = 16, Replicas = 2;
        int l = quick ? 4 : 8, n = l * l * l, sweeps = quick ? 2 : 10;
        var model = new SparseCouplingModel(BondList.EdwardsAnderson(3, l, gaussian: false, new Xoshiro256StarStar(Seed + 12)), "ea");
        double[] betas = [.. Enumerable.Range(0, K).Select(k => 1 / (0.9 * Math.Pow(2.0 / 0.9, k / (K - 1.0))))];
        var ladders = new ParallelTempering[Replicas];
        for (int r = 0; r < Replicas; r++)
        {
            var streams = Enumerable.Range(0, K).Select(w => new Xoshiro256StarStar(Seed + 13 + (ulong)(r * K + w))).ToArray();
            var walkers = streams.Select((_, w) => model.CreateState(RandomSpins(n, Seed + 50 + (ulong)(r * K + w)))).ToArray();
            ladders[r] = new ParallelTempering(walkers, betas, UpdateRule.Metropolis, streams, new Xoshiro256StarStar(Seed + 99 + (ulong)r));
        }

        var histogram = new long[K, n + 1];
        double energy = 0;
        var engine = ladders;
        return new(
            [new("L", l), new("N", n), new("temperatures", K), new("replicas", Replicas), new("T", "0.9…2.0"), new("rule", "metropolis"),
                new("order", "random"), new("exchange_every", bookkeeping ? "1" : "none"), new("measured", bookkeeping), new("sweeps", sweeps)],
            sweeps, (long)Replicas * K * n, () =>
            {
                foreach (var ladder in engine)
                {
                    ladder.Sweep();
                    if (bookkeeping)
                    {
                        ladder.Exchange();
                    }
                }

                if (bookkeeping)
                {
                    for (int t = 0; t < K; t++)
                    {
                        energy += engine[0].At(t).Energy + engine[1].At(t).Energy;
                        histogram[t, (ReplicaOverlap.Sum(engine[0].At(t).Spins, engine[1].At(t).Spins) + n) / 2]++;
                    }
                }
            }, null);
    }

    /// <summary>Dense memory N = 100, K = 361, <c>F(x) = xⁿ</c> with n = 3, T = 0 sequential sweeps from ξ¹ with 20 % noise.</summary>
    private static BenchWorkload DensePolynomial(bool quick)
    {
        int n = 100, k = quick ? 40 : 361, sweeps = quick ? 2 : 10;
        var rng = new Xoshiro256StarStar(Seed + 9);
        var model = new DenseAssociativeMemory(PatternSet.Random(n, k, rng), Interaction.Polynomial, 3);
        var cue = Cues.Flip(model.Patterns.Pattern(0), 0.2, rng);
        var state = model.CreateState(cue);
        var engine = new MarkovChain(state, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity, SiteOrder.Sequential), new Xoshiro256StarStar(Seed + 10));
        return new(
            [new("N", n), new("K", k), new("F", "polynomial"), new("n", 3), new("T", 0.0), new("rule", "zero-temperature"), new("order", "sequential"), new("noise", 0.2), new("sweeps", sweeps)],
            sweeps, n, () => engine.Sweep(), () => state.SetSpins(cue));
    }

    /// <summary>
    /// d = 256, M = 65,536 random ±1 patterns, a batch of 64 cues (20 % flipped), one update ξ ← X softmax(β Xᵀξ) at β = 1:
    /// 4·d·M = 67 Mflop per query update, in two matrix products (yardstick: <c>benchmarks/numpy/modern</c>, NumPy).
    /// </summary>
    private static BenchWorkload ModernRetrieve(bool quick)
    {
        int d = quick ? 64 : 256, m = quick ? 1024 : 65_536, batch = quick ? 8 : 64;
        var rng = new Xoshiro256StarStar(Seed + 11);
        var set = PatternSet.Random(d, m, rng);
        double[] patterns = new double[m * d], cues = new double[batch * d], updated = new double[batch * d], weights = new double[batch * m];
        for (int mu = 0; mu < m; mu++)
        {
            for (int i = 0; i < d; i++)
            {
                patterns[(mu * d) + i] = set.Pattern(mu)[i];
            }
        }

        for (int q = 0; q < batch; q++)
        {
            var cue = Cues.Flip(set.Pattern(q), 0.2, rng);
            for (int i = 0; i < d; i++)
            {
                cues[(q * d) + i] = cue[i];
            }
        }

        var engine = new ModernHopfieldNetwork(patterns, d, 1.0);
        return new(
            [new("d", d), new("M", m), new("batch", batch), new("beta", 1.0), new("noise", 0.2), new("sweeps", 1), new("engine", engine.Product.Engine), new("flop per query update", 4L * d * m)],
            1, batch, () => engine.Update(cues, updated, weights, batch), null);
    }

    private static (IEnergyState State, sbyte[] Cue) HopfieldAtCue(int n, int p, double noise)
    {
        var rng = new Xoshiro256StarStar(Seed);
        var network = new HopfieldNetwork(PatternSet.Random(n, p, rng));
        var cue = Cues.Flip(network.Patterns.Pattern(0), noise, rng);
        return (network.CreateState(cue), cue);
    }

    private static List<YardstickProgram> Programs(string binary, string[] variants, string[] arguments) =>
        variants.Select(v => new YardstickProgram(binary, v, arguments)).ToList();

    private static sbyte[] RandomSpins(int n, ulong seed)
    {
        var rng = new Xoshiro256StarStar(seed);
        var spins = new sbyte[n];
        for (int i = 0; i < n; i++)
        {
            spins[i] = rng.NextSpin();
        }

        return spins;
    }
}
