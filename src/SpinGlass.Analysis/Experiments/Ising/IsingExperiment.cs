using SpinGlass.Models;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;
using SpinGlass.Sampling.Lattice;
using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Analysis.Experiments.Ising;

/// <summary>
/// Runs an <see cref="IsingDefinition"/>: per chain, a hot start, <c>thermalize</c> sweeps, then a measurement of
/// <c>e</c> and <c>m</c> every <c>measure_every</c> sweeps for <c>measure</c> sweeps, binned; derived quantities
/// (C, χ, U_L) from the jackknife over the pooled bins of all chains. With checkerboard order on a square lattice
/// of even L the chains run on the fast lattice samplers (<see cref="LatticeSamplers"/>), else on <see cref="MarkovChain"/>.
/// </summary>
/// <remarks>Binder, Z. Phys. B 43, 119 (1981) for the cumulant; Kaufman, Phys. Rev. 76, 1232 (1949) for the exact energies.</remarks>
public sealed class IsingExperiment : LegacyPointExperiment<IsingDefinition, IsingTrial, IsingPointResult>
{
    private const int MinimumBins = 64;

    /// <summary>Creates the experiment.</summary>
    public IsingExperiment(IsingDefinition definition)
        : base(definition, d => d.Points.Count, d => d.Trials)
    {
        if (definition.Rule is not (UpdateRule.Metropolis or UpdateRule.Glauber))
        {
            throw new ArgumentException("The ising experiment samples equilibrium: use the metropolis or glauber rule.", nameof(definition));
        }
    }

    /// <inheritdoc />
    public override double TrialCost(int point) =>
        Math.Pow(Definition.Points[point].L, (int)Definition.Lattice) * (double)(Definition.Protocol.Thermalize + Definition.Protocol.Measure);

    /// <inheritdoc />
    public override IsingTrial RunTrial(int point, int trial, Xoshiro256StarStar rng, CancellationToken cancellation)
    {
        var p = Definition.Points[point];
        var model = new IsingLattice(Definition.Lattice, p.L, Definition.J, Definition.H);
        var spins = new sbyte[model.N];
        for (int i = 0; i < spins.Length; i++)
        {
            spins[i] = rng.NextSpin();
        }

        var dynamics = new Dynamics(Definition.Rule, p.Beta, Definition.Order);
        ISweepable chain;
        Func<double> currentEnergy;
        Func<long> currentMagnetisation;
        if (LatticeSamplers.TryCreate(model, dynamics, rng) is { } fast)
        {
            fast.SetSpins(spins);
            (chain, currentEnergy, currentMagnetisation) = (fast, () => fast.Energy, () => fast.Magnetisation);
        }
        else
        {
            var state = (IsingLatticeState)model.CreateState(spins);
            (chain, currentEnergy, currentMagnetisation) = (new MarkovChain(state, dynamics, rng), () => state.Energy, () => state.Magnetisation);
        }

        var energy = new BinningAccumulator(jackknifeBins: MinimumBins);
        BinnedSeries energySquared = new(MinimumBins), absM = new(MinimumBins), m2 = new(MinimumBins), m4 = new(MinimumBins);
        double n = model.N;
        double acceptance = Definition.Protocol.Run(
            chain,
            () =>
            {
                double e = currentEnergy() / n, m = currentMagnetisation() / n, mm = m * m;
                energy.Add(e);
                energySquared.Add(e * e);
                absM.Add(Math.Abs(m));
                m2.Add(mm);
                m4.Add(mm * mm);
            },
            cancellation);
        return new IsingTrial(
            energy.BinMeans.ToArray(),
            energySquared.Means.ToArray(),
            absM.Means.ToArray(),
            m2.Means.ToArray(),
            m4.Means.ToArray(),
            energy.Analyze().TauInt * Definition.Protocol.MeasureEvery,
            acceptance);
    }

    /// <inheritdoc />
    public override IsingPointResult CombineTrials(int point, IReadOnlyList<IsingTrial> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var p = Definition.Points[point];
        double n = Math.Pow(p.L, (int)Definition.Lattice), beta = p.Beta;
        bool frozen = double.IsPositiveInfinity(beta);
        double[] e = Pool(trials, t => t.Energy), e2 = Pool(trials, t => t.EnergySquared);
        double[] am = Pool(trials, t => t.AbsMagnetisation), m2 = Pool(trials, t => t.MagnetisationSquared);
        double[] m4 = Pool(trials, t => t.MagnetisationFourth);
        var energy = MeanAccumulator.Of(e);
        var absM = MeanAccumulator.Of(am);
        var heat = frozen ? default : Jackknife.Estimate(e, e2, (a, b) => beta * beta * n * (b - a * a));
        var chi = frozen ? default : Jackknife.Estimate(m2, am, (a, b) => beta * n * (a - b * b));
        var binder = Jackknife.Estimate(m2, m4, (a, b) => 1 - b / (3 * a * a));
        var exact = IsingExact.At(Definition.Lattice, p.L, Definition.J, Definition.H, beta);
        return new IsingPointResult(
            p.L,
            p.T,
            energy.Mean,
            energy.Error,
            absM.Mean,
            absM.Error,
            heat.Mean,
            heat.Error,
            chi.Mean,
            chi.Error,
            binder.Mean,
            binder.Error,
            trials.Average(t => t.TauEnergy),
            trials.Average(t => t.Acceptance),
            exact.Energy,
            exact.SpecificHeat);
    }

    /// <inheritdoc />
    public override ExperimentOutput Finish(IReadOnlyList<IsingPointResult> points) => IsingReport.Create(Definition, points);

    private static double[] Pool(IReadOnlyList<IsingTrial> trials, Func<IsingTrial, double[]> bins)
    {
        var pooled = new List<double>();
        foreach (var trial in trials)
        {
            pooled.AddRange(bins(trial));
        }

        return [.. pooled];
    }
}
