using SpinGlass.Analysis.Experiments;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.Experiments.Shared;
using Xunit.Abstractions;

namespace SpinGlass.Runner.Tests.Experiments;

/// <summary>Each per-trial estimate of the memory checks against what one trial really allocates.</summary>
public sealed class TrialMemoryTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(2000, 200, "delay", 50, 1)]
    [InlineData(2000, 200, "step", 400, 1)]
    [InlineData(40_000, 600, "delay", 20, 1)]
    [InlineData(3000, 100, "none", 1, 1)]
    [InlineData(2000, 200, "delay", 50, 0)]
    public void A_sequence_trial_allocates_what_the_estimate_says(int n, int p, string kernel, int tau, int trial)
    {
        const int sweeps = 4;
        var experiment = SequenceConfig.Build(Resolve(
            $"experiment: sequence\nmodel: {{ N: {n}, p: {p}, kernel: {kernel}, delay: {tau} }}\ndynamics: {{ sweeps: {sweeps} }}\ntrials: 2\n"));
        long estimate = TrialMemory.Sequence(n, p, Enum.Parse<Models.Sequences.SequenceKernel>(kernel, ignoreCase: true), tau)
            + (trial == 0 ? TrialMemory.SequenceTrace(sweeps, p) : 0);

        AssertClose(estimate, Allocated(() => experiment.Run(new TrialContext(1, 0, trial))));
    }

    [Theory]
    [InlineData(2000, 200)]
    [InlineData(40_000, 300)]
    public void A_hopfield_trial_allocates_what_the_estimate_says(int n, int p)
    {
        var experiment = CapacityConfig.Build(Resolve($"experiment: capacity\nmodel: {{ N: {n}, p: {p} }}\ndynamics: {{ max_sweeps: 3 }}\n"));

        AssertClose(TrialMemory.Hopfield(n, p), Allocated(() => experiment.Run(new TrialContext(1, 0, 0))));
    }

    // the int16 layout: in the bit-packed one (N > 32767) the flip costs allocate a row per call, garbage that is no
    // memory held but would dominate the count
    [Theory]
    [InlineData(1000, 400, "polynomial")]
    [InlineData(2000, 100, "exponential")]
    public void A_dense_trial_allocates_what_the_estimate_says(int n, int k, string interaction)
    {
        var experiment = DenseConfig.Build(Resolve($"experiment: dense\nmodel: {{ N: {n}, K: {k}, interaction: {interaction}, n: 2 }}\ndynamics: {{ max_sweeps: 2 }}\n"));

        AssertClose(TrialMemory.Dense(n, k), Allocated(() => experiment.Run(new TrialContext(1, 0, 0))));
    }

    [Fact]
    public void A_dense_trial_on_letters_allocates_what_the_estimate_says()
    {
        // the letters and their neuron-major copy are held once for all trials (TrialMemory.DenseImagesShared); a trial holds
        // the memory's state and table
        var experiment = DenseConfig.Build(Resolve("experiment: dense\nmodel: { patterns: letters, letters: ABCDEFGHIJKLMNOPQRSTUVWXYZ }\nstart: { noise: 0.2 }\ndynamics: { order: rows }\n"));

        AssertClose(TrialMemory.DenseImagesTrial(100, 26), Allocated(() => experiment.Run(new TrialContext(1, 0, 0))));
    }

    [Theory]
    [InlineData("square", 512, "random")]
    [InlineData("square", 512, "checkerboard")]
    [InlineData("cubic", 48, "random")]
    [InlineData("chain", 4096, "sequential")]
    public void An_ising_trial_allocates_what_the_estimate_says(string lattice, int l, string order)
    {
        var experiment = IsingConfig.Build(Resolve(
            $"experiment: ising\nmodel: {{ lattice: {lattice}, L: {l} }}\nT: 2\ndynamics: {{ order: {order}, thermalize: 0, measure: 128 }}\n"));
        var kind = Enum.Parse<Models.LatticeKind>(lattice, ignoreCase: true);

        AssertClose(TrialMemory.Ising(kind, l), Allocated(() => experiment.Run(new TrialContext(1, 0, 0))));
    }

    private static ResolvedConfig Resolve(string yaml)
    {
        var result = ConfigLoader.LoadText("memory.yaml", yaml, [], ExperimentCatalog.Schemas);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return result.Config;
    }

    /// <summary>
    /// What a trial allocates on a fresh worker thread, as in a run (capacity keeps its pattern buffers per thread),
    /// after one trial for the JIT and lazily built statics.
    /// </summary>
    private static long Allocated(Func<object> trial)
    {
        trial();
        long allocated = 0;
        var worker = new Thread(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var result = trial();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            GC.KeepAlive(result);
        });
        worker.Start();
        worker.Join();
        return allocated;
    }

    private void AssertClose(long estimate, long allocated)
    {
        output.WriteLine($"estimate {estimate:N0} B, allocated {allocated:N0} B, ratio {(double)allocated / estimate:F2}");
        Assert.InRange(allocated, estimate / 1.5, estimate * 1.5);
    }
}
