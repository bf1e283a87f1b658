using SpinGlass.Models;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Interactive;

/// <summary>
/// Single-state tools over a <see cref="NetworkModel"/>: the energy and overlaps of a state, and its relaxation
/// sweep by sweep through the existing <see cref="MarkovChain"/> (or the modern network's update).
/// </summary>
public static class RecallEngine
{
    /// <summary>Loads both files and checks that the state fits the network; errors are <see cref="InputFileException"/>s.</summary>
    public static (NetworkModel Network, StateFile State) Load(string networkPath, string statePath)
    {
        var network = NetworkFile.ParseUnbuilt(JsonInput.ReadText(networkPath), networkPath).BuildChecked(networkPath);
        var state = StateFile.Load(statePath);
        Check(network, state, statePath);
        return (network, state);
    }

    /// <summary>Checks that <paramref name="state"/> fits <paramref name="network"/>; <paramref name="file"/> names the state in errors.</summary>
    public static void Check(NetworkModel network, StateFile state, string file)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Length != network.N)
        {
            throw InputFileException.At(file, $"the state has {state.Length} entries, the network has {network.N} neurons");
        }

        if (state.Values is not null && network.Modern is null)
        {
            throw InputFileException.At(file, "values (a real state) belong to modern networks; a classical or dense state is spins or grid");
        }

        var f = network.File;
        if (state.Width > 0 && f.HasGrid && (state.Width != f.Width || state.Height != f.Height))
        {
            throw InputFileException.At(file, $"the grid is {state.Width}×{state.Height}, the network's is {f.Width}×{f.Height}");
        }
    }

    /// <summary>The energy and overlaps of a state (a step with t = 0).</summary>
    public static RecallStep Energy(NetworkModel network, StateFile state)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(state);
        if (network.Modern is { } modern)
        {
            var values = RealValues(state);
            return new RecallStep(0, modern.Energy(values), network.Overlaps(values), 0);
        }

        return new RecallStep(0, network.EnergyModel!.Energy(state.Spins), network.Overlaps(state.Spins), 0);
    }

    /// <summary>
    /// Checks the options against the network; the message of the <see cref="InputFileException"/> names the option
    /// (<c>--rule</c>, <c>--order</c>, <c>--T</c>, <c>--max-sweeps</c>).
    /// </summary>
    public static Dynamics? DynamicsOf(NetworkModel network, RecallOptions options)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxSweeps < 1 || options.MaxSweeps > RecallOptions.MaxSweepLimit)
        {
            throw new InputFileException($"--max-sweeps: {options.MaxSweeps} is not in 1 … {RecallOptions.MaxSweepLimit}");
        }

        if (!double.IsFinite(options.Temperature) || options.Temperature < 0)
        {
            throw new InputFileException($"--T: {options.Temperature} is not a temperature ≥ 0");
        }

        if (network.Modern is not null)
        {
            if (options.Rule is not null || options.Order is not null || options.Temperature != 0)
            {
                throw new InputFileException("--rule/--order/--T: a modern network has one update, ξ ← X softmax(β Xᵀξ); leave them out");
            }

            return null;
        }

        var rule = options.Rule ?? UpdateRule.ZeroTemperature;
        var order = options.Order ?? SiteOrder.Random;
        if (rule is not (UpdateRule.ZeroTemperature or UpdateRule.Synchronous or UpdateRule.Glauber))
        {
            throw new InputFileException($"--rule: {rule} is not allowed; allowed: zero-temperature, synchronous, glauber");
        }

        if (order is not (SiteOrder.Random or SiteOrder.Sequential or SiteOrder.Permutation or SiteOrder.Rows))
        {
            throw new InputFileException("--order: allowed: random, sequential, permutation, rows");
        }

        if (rule == UpdateRule.Glauber && options.Temperature <= 0)
        {
            throw new InputFileException("--T: glauber needs a temperature T > 0 (zero-temperature is the T = 0 rule)");
        }

        if (rule == UpdateRule.ZeroTemperature && options.Temperature != 0)
        {
            throw new InputFileException("--T: zero-temperature runs at T = 0; use --rule glauber (or synchronous) for T > 0");
        }

        if (rule == UpdateRule.Synchronous && options.Order is not null)
        {
            throw new InputFileException("--order: synchronous updates every neuron at once and has no order");
        }

        if (order == SiteOrder.Rows && (rule != UpdateRule.ZeroTemperature || !network.File.HasGrid))
        {
            throw new InputFileException("--order rows: needs the zero-temperature rule and a network with width and height");
        }

        double beta = options.Temperature == 0 ? double.PositiveInfinity : 1 / options.Temperature;
        return new Dynamics(rule, beta, order, order == SiteOrder.Rows ? network.File.Width : 0);
    }

    /// <summary>
    /// Relaxes <paramref name="start"/>: records t = 0, then every sweep's energy, overlaps and flips, and stops at a fixed point
    /// of the zero-temperature rules (a synchronous or ordered sweep without a flip, or a random-order sweep without a flip at a
    /// state no single flip lowers — as <see cref="MarkovChain.RunToFixedPoint(int, CancellationToken)"/>) or after <see cref="RecallOptions.MaxSweeps"/>
    /// sweeps; Glauber at T &gt; 0 always runs the full limit. A modern network applies its update until the state stops changing.
    /// </summary>
    public static RecallResult Relax(NetworkModel network, StateFile start, RecallOptions options, CancellationToken cancellation = default) =>
        Relax(network, start, options, null, cancellation);

    /// <summary>As <see cref="Relax(NetworkModel, StateFile, RecallOptions, CancellationToken)"/>, showing <paramref name="observe"/> the state at t = 0 and after every sweep.</summary>
    public static RecallResult Relax(NetworkModel network, StateFile start, RecallOptions options, Action<int, StateFile>? observe, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(start);
        var dynamics = DynamicsOf(network, options);
        if (dynamics is null)
        {
            return RelaxModern(network, start, options, observe, cancellation);
        }

        var f = network.File;
        var state = (IEnergyState)network.EnergyModel!.CreateState(start.Spins);
        var chain = new MarkovChain(state, dynamics, options.Stream is { } stream ? new Xoshiro256StarStar(stream) : new Xoshiro256StarStar(options.Seed));
        var steps = new List<RecallStep> { new(0, state.Energy, network.Overlaps(state.Spins), 0) };
        observe?.Invoke(0, StateFile.OfSpins(state.Spins.ToArray(), f.Width, f.Height));
        bool zeroTemperature = double.IsPositiveInfinity(dynamics.Beta);
        bool provenStable = dynamics.Rule == UpdateRule.Synchronous || dynamics.Order != SiteOrder.Random;
        bool fixedPoint = false;
        for (int sweep = 1; sweep <= options.MaxSweeps; sweep++)
        {
            cancellation.ThrowIfCancellationRequested();
            int flips = chain.Sweep();
            steps.Add(new RecallStep(sweep, state.Energy, network.Overlaps(state.Spins), flips));
            observe?.Invoke(sweep, StateFile.OfSpins(state.Spins.ToArray(), f.Width, f.Height));
            if (zeroTemperature && flips == 0 && (provenStable || MarkovChain.IsFixedPoint(state)))
            {
                fixedPoint = true;
                break;
            }
        }

        fixedPoint = fixedPoint || MarkovChain.IsFixedPoint(state);
        return new RecallResult(steps, StateFile.OfSpins(state.Spins.ToArray(), f.Width, f.Height), fixedPoint, chain.Engine, chain.RandomState);
    }

    private static RecallResult RelaxModern(NetworkModel network, StateFile start, RecallOptions options, Action<int, StateFile>? observe, CancellationToken cancellation)
    {
        var modern = network.Modern!;
        var values = RealValues(start);
        var steps = new List<RecallStep> { new(0, modern.Energy(values), network.Overlaps(values), 0) };
        observe?.Invoke(0, StateFile.OfValues(values));
        bool fixedPoint = false;
        for (int t = 1; t <= options.MaxSweeps && !fixedPoint; t++)
        {
            cancellation.ThrowIfCancellationRequested();
            var next = modern.Update(values);
            double change = 0;
            for (int i = 0; i < next.Length; i++)
            {
                change = Math.Max(change, Math.Abs(next[i] - values[i]));
            }

            values = next;
            steps.Add(new RecallStep(t, modern.Energy(values), network.Overlaps(values), change));
            observe?.Invoke(t, StateFile.OfValues(values));
            fixedPoint = change <= 1e-12;
        }

        return new RecallResult(steps, StateFile.OfValues(values), fixedPoint, $"modern-hopfield: ξ ← X softmax(β Xᵀξ), β = {modern.Beta}; {modern.Product.GetType().Name}");
    }

    internal static double[] RealValues(StateFile state) => state.Values ?? [.. state.Spins!.Select(s => (double)s)];
}
