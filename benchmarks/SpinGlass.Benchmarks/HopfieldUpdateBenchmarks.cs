using BenchmarkDotNet.Attributes;
using SpinGlass.Models;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;

namespace SpinGlass.Benchmarks;

/// <summary>
/// Where the time of a zero-temperature Hopfield update goes (N = 2000, p = 200, at a fixed point, so nothing flips):
/// the integer field numerator (the int16 <c>vpmaddwd</c> dot product plus the self term), the flip cost through the
/// <see cref="ISpinState"/> interface (what Glauber and Metropolis use), and the whole <see cref="MarkovChain"/> sweep
/// (the zero-temperature loop over the pattern storage). Every figure is per neuron.
/// </summary>
[MemoryDiagnoser]
public class HopfieldUpdateBenchmarks
{
    private const int N = 2000;
    private const int P = 200;

    private HopfieldState _state = null!;
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "The interface call is what is measured: MarkovChain sees only ISpinState.")]
    private ISpinState _interface = null!;
    private MarkovChain _chain = null!;

    /// <summary>Builds the network at a fixed point reached from ξ¹ with 20 % noise.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var rng = new Xoshiro256StarStar(2024);
        var patterns = PatternSet.Random(N, P, rng);
        var network = new HopfieldNetwork(patterns);
        _state = (HopfieldState)network.CreateState(Cues.Flip(patterns.Pattern(0), 0.2, rng));
        _interface = _state;
        _chain = new MarkovChain(_state, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity, SiteOrder.Sequential), rng);
        _chain.RunToFixedPoint(100);
    }

    /// <summary>The integer field numerator of the state (dot product plus the self term).</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int FieldNumerator()
    {
        int sum = 0;
        for (int i = 0; i < N; i++)
        {
            sum += _state.FieldNumerator(i);
        }

        return sum;
    }

    /// <summary>The flip cost <c>2 s_i h_i</c> through the interface, as the chain calls it.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public double FlipCost()
    {
        double sum = 0;
        for (int i = 0; i < N; i++)
        {
            sum += _interface.FlipCost(i);
        }

        return sum;
    }

    /// <summary>One sequential zero-temperature sweep of the chain.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public int Sweep() => _chain.Sweep();
}
