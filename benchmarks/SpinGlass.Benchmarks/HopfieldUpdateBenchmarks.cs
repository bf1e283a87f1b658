using BenchmarkDotNet.Attributes;
using SpinGlass.Models;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;

namespace SpinGlass.Benchmarks;

/// <summary>
/// Where the time of a zero-temperature Hopfield update goes (N = 2000, p = 200, at a fixed point, so nothing flips):
/// the bare O(p) dot product, the integer field numerator, the flip cost through the <see cref="ISpinState"/>
/// interface, and the whole <see cref="MarkovChain"/> sweep; beside them the C yardstick's int16 AVX-512 dot product
/// (<see cref="Int16OverlapDot"/>, an experiment). Every figure is per neuron.
/// </summary>
[MemoryDiagnoser]
public class HopfieldUpdateBenchmarks
{
    private const int N = 2000;
    private const int P = 200;

    private PatternSet _patterns = null!;
    private HopfieldState _state = null!;
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "The interface call is what is measured: MarkovChain sees only ISpinState.")]
    private ISpinState _interface = null!;
    private MarkovChain _chain = null!;
    private int[] _overlaps = [];
    private Int16OverlapDot _int16 = null!;

    /// <summary>Builds the network at a fixed point reached from ξ¹ with 20 % noise.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var rng = new Xoshiro256StarStar(2024);
        _patterns = PatternSet.Random(N, P, ref rng);
        var network = new HopfieldNetwork(_patterns);
        _state = (HopfieldState)network.CreateState(Cues.Flip(_patterns.Pattern(0), 0.2, ref rng));
        _interface = _state;
        _chain = new MarkovChain(_state, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity, SiteOrder.Sequential), rng);
        _chain.RunToFixedPoint(100);
        _overlaps = _state.Overlaps.ToArray();
        _int16 = new Int16OverlapDot(_patterns, _overlaps);
    }

    /// <summary>The yardstick's layout and instruction for comparison: int16 rows padded to 32, <c>vpmaddwd</c> on 512 bits.</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int DotInt16Avx512()
    {
        int sum = 0;
        for (int i = 0; i < N; i++)
        {
            sum += _int16.Dot(i);
        }

        return sum;
    }

    /// <summary><c>Σ_μ ξ^μ_i M_μ</c> alone (the vector kernel).</summary>
    [Benchmark(OperationsPerInvoke = N)]
    public int Dot()
    {
        int sum = 0;
        for (int i = 0; i < N; i++)
        {
            sum += OverlapKernels.Dot(_patterns.NeuronRow(i), _overlaps);
        }

        return sum;
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
