using SpinGlass.Models.Sequences;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.Experiments.Shared;

namespace SpinGlass.Runner.Tests.Experiments;

/// <summary>The memory checks count the trials that really run at once and what each model really holds.</summary>
public sealed class MemoryCheckTests
{
    private const int N = 10_000, P = 20_000;

    [Fact]
    public void A_config_is_refused_when_threads_times_the_trial_exceed_the_memory_available()
    {
        // a delay filter sized so that a trial holds about a quarter of what a run may use on this machine
        long budget = (long)(MemoryBudget.Available * MemoryBudget.Share);
        long baseBytes = TrialMemory.Sequence(N, P, SequenceKernel.Delay, 0);
        int tau = (int)Math.Clamp(((budget / 4) - baseBytes) / ((4 * P) + 24), 1, 100_000);
        long perTrial = TrialMemory.Sequence(N, P, SequenceKernel.Delay, tau);
        int fits = (int)(budget / perTrial);
        Assert.True(fits >= 1, $"a trial of {perTrial >> 20} MiB does not fit in {budget >> 20} MiB: this machine is too small for the test");

        string yaml = $"experiment: sequence\ntrials: 100\nmodel: {{ N: {N}, p: {P}, kernel: delay, delay: {tau} }}\ndynamics: {{ sweeps: 10 }}\n";
        var accepted = ConfigLoader.LoadText("big.yaml", yaml, [], ExperimentCatalog.Schemas, threads: fits);
        var refused = ConfigLoader.LoadText("big.yaml", yaml, [], ExperimentCatalog.Schemas, threads: fits + 1);

        Assert.True(accepted.IsSuccess, string.Join("\n", accepted.Errors));
        Assert.Equal(fits, accepted.Config.Threads);
        var error = Assert.Single(refused.Errors);
        Assert.StartsWith($"big.yaml:3:13: model.N: N = {N} with p = {P} needs about ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{perTrial >> 20} MiB (bit-packed rows) per trial × {fits + 1} concurrent trials", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_trials_that_can_run_at_once_count()
    {
        long budget = (long)(MemoryBudget.Available * MemoryBudget.Share);
        int tau = (int)Math.Clamp(((budget / 2) - TrialMemory.Sequence(N, P, SequenceKernel.Delay, 0)) / ((4 * P) + 24), 1, 100_000);
        string yaml = $"experiment: sequence\ntrials: 1\nmodel: {{ N: {N}, p: {P}, kernel: delay, delay: {tau} }}\ndynamics: {{ sweeps: 10 }}\n";

        var config = ConfigLoader.LoadText("one.yaml", yaml, [], ExperimentCatalog.Schemas, threads: 64);

        Assert.True(config.IsSuccess, string.Join("\n", config.Errors));
        Assert.Equal(1, config.Config.ConcurrentTrials);
    }

    [Fact]
    public void The_threads_default_to_the_processor_count()
    {
        var config = ConfigLoader.LoadText("t.yaml", "experiment: sequence\nmodel: { N: 100, p: 5 }\n", [], ExperimentCatalog.Schemas);

        Assert.Equal(Environment.ProcessorCount, config.Config!.Threads);
        Assert.Equal(Math.Min(Environment.ProcessorCount, 20), config.Config.ConcurrentTrials);
    }

    [Fact]
    public void A_sequence_trial_counts_its_int8_rows_the_filter_history_and_not_only_the_patterns()
    {
        // N = 100,000, p = 12,000 on two cores was estimated at ~300 MiB (the bit-packed patterns); its trials hold over 2 GiB
        Assert.InRange(2 * TrialMemory.Hopfield(100_000, 12_000), 280L << 20, 320L << 20);
        Assert.True(2 * TrialMemory.Sequence(100_000, 12_000, SequenceKernel.None, 1) > 2L << 30);
        Assert.Equal(
            1000L * ((4 * 12_000) + 24) + (4 * 12_000),
            TrialMemory.Sequence(100_000, 12_000, SequenceKernel.Step, 1000) - TrialMemory.Sequence(100_000, 12_000, SequenceKernel.None, 1));
    }

    [Fact]
    public void Traces_kept_for_the_report_are_counted_and_reported_at_the_sweeps()
    {
        var result = ConfigLoader.LoadText(
            "long.yaml",
            "experiment: sequence\nmodel: { N: 200, p: 40, lambda: { from: 0.01, to: 2, step: 0.01 } }\ndynamics: { sweeps: 10000000 }\n",
            [],
            ExperimentCatalog.Schemas);

        // 200 points, each keeping 10⁷ + 1 rows of 32 overlaps: about 550 GiB
        var error = Assert.Single(result.Errors);
        Assert.Equal(("dynamics.sweeps", 3), (error.KeyPath, error.Line));
        Assert.Contains("MiB kept for the report", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("lower dynamics.sweeps (every point keeps its first trial's trace) or sweep fewer points", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dense_trial_counts_the_neuron_major_copy_its_flip_costs_read()
    {
        Assert.Equal(30_000L * 30 + (8 * 60_001), TrialMemory.Dense(30_000, 30) - TrialMemory.Hopfield(30_000, 30));
        Assert.Equal(8 * 80_001, TrialMemory.Dense(40_000, 30) - TrialMemory.Hopfield(40_000, 30));
    }

    [Fact]
    public void Fixed_images_count_once_for_all_trials_and_their_gallery_per_point()
    {
        var error = Assert.Single(HopfieldModelKeys.CheckMemory(
            1 << 20, 1000, "model.files", () => TrialMemory.ImagesTrial(1 << 20, 1000), 2, 2L << 30,
            shared: TrialMemory.ImagesShared(1 << 20, 1000), retained: 50.0 * TrialMemory.ImageExamples(1 << 20, 1000, 20)));

        Assert.Contains("MiB shared by all trials", error.Message, StringComparison.Ordinal);
        Assert.Contains("MiB kept for the report", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ising_lattice_too_large_for_the_memory_is_refused_at_L()
    {
        var result = ConfigLoader.LoadText(
            "ising.yaml", "experiment: ising\ntrials: 64\nmodel: { lattice: cubic, L: 256 }\nT: 2\n", [], ExperimentCatalog.Schemas, threads: 64);
        long needed = 64 * TrialMemory.Ising(Models.LatticeKind.Cubic, 256);

        if (needed > MemoryBudget.Available * MemoryBudget.Share)
        {
            var error = Assert.Single(result.Errors);
            Assert.StartsWith("ising.yaml:3:29: model.L: L = 256 on a cubic lattice needs about ", error.ToString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        }
    }
}
