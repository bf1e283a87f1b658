using SpinGlass.Analysis.Exact;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Models;
using SpinGlass.Sampling;
using SpinGlass.Sampling.Clusters;
using SpinGlass.Sampling.Lattice;
using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Analysis.Experiments.Ising;

/// <summary>
/// Runs an <see cref="IsingDefinition"/>: per chain, a hot start, <c>thermalize</c> sweeps, then a measurement of
/// <c>e</c> and <c>m</c> every <c>measure_every</c> sweeps for <c>measure</c> sweeps, binned; derived quantities
/// (C, χ, U_L) from the jackknife over the pooled bins of all chains. With checkerboard order on a square lattice
/// of even L the chains run on the fast lattice samplers (<see cref="LatticeSamplers"/>), with checkerboard order,
/// the metropolis rule and h = 0 on a cubic lattice of even L ≤ 128 (or odd L divisible by 3, three colour classes) on
/// <see cref="SimpleCubicIsingMultispin"/>, under the wolff rule on
/// <see cref="WolffCluster"/> (one cluster step per "sweep"), else on <see cref="MarkovChain"/>. The critical temperature
/// is estimated where the Binder cumulants of successive sizes cross, and the dynamic exponent z of each rule from
/// <c>τ_int ∝ L^z</c> where a temperature has at least three sizes (<see cref="IsingDynamicExponent"/>).
/// </summary>
/// <remarks>
/// Binder, Z. Phys. B 43, 119 (1981) for the cumulant; Kaufman, Phys. Rev. 76, 1232 (1949) for the exact energies;
/// Wolff, Phys. Rev. Lett. 62, 361 (1989) for the cluster update and its time unit.
/// </remarks>
public sealed class IsingExperiment : Experiment<IsingDefinition, IsingPoint, IsingTrial>
{
    private const int MinimumBins = 64;

    /// <summary>Creates the experiment.</summary>
    public IsingExperiment(IsingDefinition definition)
        : base(Validated(definition), definition.Points, definition.Trials, Declared)
    {
    }

    /// <summary>The declared outputs, in column order.</summary>
    public static OutputSet<IsingDefinition, IsingPoint, IsingTrial> Declared { get; } = new();

    /// <summary>Side length L.</summary>
    public static Output L { get; } = Declared.Coordinate("L", "side length L (N = L^d spins)", p => p.L, OutputKind.Integer);

    /// <summary>Temperature as configured.</summary>
    public static Output T { get; } = Declared.Coordinate("T", "temperature T = 1/β", p => p.T);

    /// <summary>The update rule of the point.</summary>
    public static Output Rule { get; } = Declared.Label("rule", "update rule: metropolis, glauber or wolff", (_, p) => RuleName(p.Rule));

    /// <summary>Energy per spin ⟨e⟩.</summary>
    public static Output Energy { get; } = Declared.Estimate(
        "energy", "energy per spin ⟨e⟩ = ⟨E⟩/N over the pooled bins of all chains", (_, _, trials) => MeanAccumulator.Of(Pool(trials, t => t.Energy)));

    /// <summary>Absolute magnetisation per spin ⟨|m|⟩.</summary>
    public static Output AbsMagnetization { get; } = Declared.Estimate(
        "abs_magnetization", "absolute magnetisation per spin ⟨|m|⟩ over the pooled bins", (_, _, trials) => MeanAccumulator.Of(Pool(trials, t => t.AbsMagnetisation)));

    /// <summary>Specific heat per spin <c>C = β² N (⟨e²⟩ − ⟨e⟩²)</c> (0 at β = ∞).</summary>
    public static Output SpecificHeat { get; } = Declared.Estimate(
        "specific_heat", "specific heat per spin C = β² N (⟨e²⟩ − ⟨e⟩²), jackknife over the pooled bins (0 at T = 0)", (d, p, trials) =>
        {
            double n = Spins(d, p), beta = p.Beta;
            return double.IsPositiveInfinity(beta)
                ? default
                : Jackknife.Estimate(Pool(trials, t => t.Energy), Pool(trials, t => t.EnergySquared), (a, b) => beta * beta * n * (b - a * a));
        });

    /// <summary>Susceptibility per spin <c>χ = β N (⟨m²⟩ − ⟨|m|⟩²)</c> (0 at β = ∞).</summary>
    public static Output Susceptibility { get; } = Declared.Estimate(
        "susceptibility", "susceptibility per spin χ = β N (⟨m²⟩ − ⟨|m|⟩²), jackknife over the pooled bins (0 at T = 0)", (d, p, trials) =>
        {
            double n = Spins(d, p), beta = p.Beta;
            return double.IsPositiveInfinity(beta)
                ? default
                : Jackknife.Estimate(Pool(trials, t => t.MagnetisationSquared), Pool(trials, t => t.AbsMagnetisation), (a, b) => beta * n * (a - b * b));
        });

    /// <summary>Binder cumulant <c>U_L = 1 − ⟨m⁴⟩/(3⟨m²⟩²)</c>.</summary>
    public static Output Binder { get; } = Declared.Estimate(
        "binder", "Binder cumulant U_L = 1 − ⟨m⁴⟩/(3⟨m²⟩²), jackknife over the pooled bins", (_, _, trials) =>
            Jackknife.Estimate(Pool(trials, t => t.MagnetisationSquared), Pool(trials, t => t.MagnetisationFourth), (a, b) => 1 - b / (3 * a * a)));

    /// <summary>τ_int of the energy in sweeps (sweeps-equivalents for wolff), mean over chains with its standard error.</summary>
    public static Output TauEnergy { get; } = Declared.Mean(
        "tau_energy",
        "integrated autocorrelation time of the energy in sweeps, mean over chains ± standard error (wolff: sweeps-equivalents, cluster steps × ⟨|C|⟩/N)",
        (_, t) => t.TauEnergy);

    /// <summary>τ_int of |m| in sweeps (sweeps-equivalents for wolff), mean over chains with its standard error.</summary>
    public static Output TauAbsMagnetization { get; } = Declared.Mean(
        "tau_abs_magnetization",
        "integrated autocorrelation time of |m| in sweeps, mean over chains ± standard error (wolff: sweeps-equivalents)",
        (_, t) => t.TauAbsMagnetisation);

    /// <summary>Acceptance rate, mean over chains; for wolff the mean cluster size per spin.</summary>
    public static Output Acceptance { get; } = Declared.Estimate(
        "acceptance", "fraction of accepted updates while measuring (mean over chains); wolff: mean cluster size per spin ⟨|C|⟩/N",
        (_, _, trials) => new Estimate(trials.Average(t => t.Acceptance), double.NaN), hasError: false);

    /// <summary>Exact finite-lattice energy per spin, NaN where unknown.</summary>
    public static Output EnergyExact { get; } = Declared.Theory(
        "energy_exact", "exact finite-lattice energy per spin (transfer-matrix ring or Kaufman 1949), empty where unknown",
        (d, p) => IsingExact.At(d.Lattice, p.L, d.J, d.H, p.Beta).Energy);

    /// <summary>Exact finite-lattice specific heat per spin, NaN where unknown.</summary>
    public static Output SpecificHeatExact { get; } = Declared.Theory(
        "specific_heat_exact", "exact finite-lattice specific heat per spin (ring or Kaufman 1949), empty where unknown",
        (d, p) => IsingExact.At(d.Lattice, p.L, d.J, d.H, p.Beta).SpecificHeat);

    /// <inheritdoc />
    protected override double TrialCost(IsingPoint point)
    {
        return Math.Pow(point.L, (int)Definition.Lattice) * (double)(Definition.Protocol.Thermalize + Definition.Protocol.Measure);
    }

    /// <inheritdoc />
    protected override IsingTrial RunTrial(IsingPoint point, TrialContext context)
    {
        var rng = context.Random;
        var model = new IsingLattice(Definition.Lattice, point.L, Definition.J, Definition.H);
        var spins = new sbyte[model.N];
        for (int i = 0; i < spins.Length; i++)
        {
            spins[i] = rng.NextSpin();
        }

        var dynamics = new Dynamics(point.Rule, point.Beta, point.Rule == UpdateRule.Wolff ? SiteOrder.Random : Definition.Order);
        ISweepable chain;
        Func<double> currentEnergy;
        Func<long> currentMagnetisation;
        if (point.Rule == UpdateRule.Wolff)
        {
            var state = (IsingLatticeState)model.CreateState(spins);
            (chain, currentEnergy, currentMagnetisation) = (new WolffCluster(state, point.Beta, rng), () => state.Energy, () => state.Magnetisation);
        }
        else if ((LatticeSamplers.TryCreate(model, dynamics, rng) ?? SimpleCubicIsingMultispin.TryCreate(model, dynamics, rng)) is { } fast)
        {
            fast.SetSpins(spins);
            (chain, currentEnergy, currentMagnetisation) = (fast, () => fast.Energy, () => fast.Magnetisation);
        }
        else
        {
            var state = (IsingLatticeState)model.CreateState(spins);
            var markov = new MarkovChain(state, dynamics, rng);
            (chain, currentEnergy, currentMagnetisation) = (markov, () => state.Energy, () => state.Magnetisation);
        }

        context.Record("sampler", chain.Engine);

        var energy = new BinningAccumulator(jackknifeBins: MinimumBins);
        var absM = new BinningAccumulator(jackknifeBins: MinimumBins);
        BinnedSeries energySquared = new(MinimumBins), m2 = new(MinimumBins), m4 = new(MinimumBins);
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
            context.Cancellation);
        double sweepsPerMeasurement = Definition.Protocol.MeasureEvery * (point.Rule == UpdateRule.Wolff ? acceptance : 1);
        return new IsingTrial(
            energy.BinMeans.ToArray(),
            energySquared.Means.ToArray(),
            absM.BinMeans.ToArray(),
            m2.Means.ToArray(),
            m4.Means.ToArray(),
            energy.Analyze().TauInt * sweepsPerMeasurement,
            absM.Analyze().TauInt * sweepsPerMeasurement,
            acceptance);
    }

    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(report);
        DeriveCriticalTemperature(points, report);
        foreach (var quantity in Enum.GetValues<IsingQuantity>())
        {
            report.Chart(IsingCharts.FileName(quantity), () => IsingCharts.Create(Definition, points, quantity));
        }

        var fits = IsingDynamicExponent.Fits(Definition, points, TauEnergy, "");
        var magnetisationFits = IsingDynamicExponent.Fits(Definition, points, TauAbsMagnetization, "_abs_m");
        foreach (var fit in magnetisationFits)
        {
            report.Derive(fit.Name, fit.Value);
        }

        foreach (var fit in fits)
        {
            report.Derive(fit.Name, fit.Value);
        }

        if (fits.Count > 0)
        {
            report.Chart("tau_vs_L", () => IsingCharts.Tau(Definition, points, fits, TauEnergy, "energy"));
        }

        if (magnetisationFits.Count > 0)
        {
            report.Chart("tau_abs_m_vs_L", () => IsingCharts.Tau(Definition, points, magnetisationFits, TauAbsMagnetization, "|m|"));
        }
    }

    /// <summary>The config word of an ising rule: metropolis, glauber or wolff.</summary>
    public static string RuleName(UpdateRule rule) => rule switch
    {
        UpdateRule.Glauber => "glauber",
        UpdateRule.Wolff => "wolff",
        _ => "metropolis",
    };

    private static IsingDefinition Validated(IsingDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        foreach (var point in definition.Points)
        {
            if (point.Rule is not (UpdateRule.Metropolis or UpdateRule.Glauber or UpdateRule.Wolff))
            {
                throw new ArgumentException("The ising experiment samples equilibrium: use the metropolis, glauber or wolff rule.", nameof(definition));
            }

            if (point.Rule == UpdateRule.Wolff && definition.H != 0)
            {
                throw new ArgumentException($"wolff needs h = 0 (got h = {definition.H}): a cluster flip reverses the field energy.", nameof(definition));
            }
        }

        return definition;
    }

    private static double Spins(IsingDefinition definition, IsingPoint point) => Math.Pow(point.L, (int)definition.Lattice);

    private static double[] Pool(IReadOnlyList<IsingTrial> trials, Func<IsingTrial, double[]> bins)
    {
        var pooled = new List<double>();
        foreach (var trial in trials)
        {
            pooled.AddRange(bins(trial));
        }

        return [.. pooled];
    }

    /// <summary>
    /// T_c where the Binder cumulants of successive sizes cross (square and cubic lattices, at least two sizes and two
    /// temperatures), per rule when the run has several (<c>tc_binder_crossing_RULE…</c>), beside Onsager's T_c (square)
    /// or the simple-cubic 4.5115232 J (Ferrenberg, Xu &amp; Landau, Phys. Rev. E 97, 043301 (2018)) at h = 0, J &gt; 0.
    /// </summary>
    private void DeriveCriticalTemperature(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        if (Definition.Lattice == LatticeKind.Chain || points.Select(p => (int)p[L]).Distinct().Count() < 2)
        {
            return;
        }

        var rules = points.Select(p => p.Text(Rule)).Distinct().Order(StringComparer.Ordinal).ToArray();
        foreach (string rule in rules)
        {
            DeriveCriticalTemperature(points.Where(p => p.Text(Rule) == rule), report, rules.Length > 1 ? $"_{rule}" : "");
        }
    }

    private void DeriveCriticalTemperature(IEnumerable<PointRecord> points, ExperimentReport report, string suffix)
    {
        var sizes = points.Select(p => (int)p[L]).Distinct().Order().ToArray();
        if (sizes.Length < 2 || points.Select(p => p[T]).Distinct().Count() < 2)
        {
            return;
        }

        (double? reference, string? source) = Definition.H != 0 || Definition.J <= 0 ? ((double?)null, (string?)null)
            : Definition.Lattice == LatticeKind.Square ? (OnsagerIsing.CriticalTemperature(Definition.J), "Onsager 1944")
            : Definition.Lattice == LatticeKind.Cubic ? (IsingDynamicExponent.CubicCriticalTemperature * Definition.J, "Ferrenberg, Xu & Landau 2018")
            : ((double?)null, (string?)null);
        var pairs = new List<(int Small, int Large, double Value, double Error)>();
        for (int k = 0; k + 1 < sizes.Length; k++)
        {
            if (CurveCrossing.Find(BinderCurve(points, sizes[k]), BinderCurve(points, sizes[k + 1])) is (double value, double error))
            {
                pairs.Add((sizes[k], sizes[k + 1], value, error));
            }
        }

        if (pairs.Count == 0)
        {
            return;
        }

        var largest = pairs[^1];
        report.Derive($"tc_binder_crossing{suffix}", new DerivedValue(largest.Value, largest.Error, reference, source));
        foreach (var pair in pairs)
        {
            report.Derive($"tc_binder_crossing{suffix}_L{pair.Small}_L{pair.Large}", new DerivedValue(pair.Value, pair.Error, reference, source));
        }
    }

    private static CurveCrossing.Curve BinderCurve(IEnumerable<PointRecord> points, int l)
    {
        var curve = points.Where(p => (int)p[L] == l).OrderBy(p => p[T]).ToArray();
        return new CurveCrossing.Curve([.. curve.Select(p => p[T])], [.. curve.Select(p => p[Binder])], [.. curve.Select(p => p.Error(Binder))]);
    }
}
