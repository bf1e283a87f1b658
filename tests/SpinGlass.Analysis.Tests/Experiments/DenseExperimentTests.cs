using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Dense;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Dense;
using SpinGlass.Sampling;
using Xunit.Abstractions;
using static SpinGlass.Analysis.Experiments.Dense.DenseExperiment;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class DenseExperimentTests(ITestOutputHelper output)
{
    private static readonly ChainProtocol ZeroTemperature = new(UpdateRule.ZeroTemperature, SiteOrder.Random, 100, 0, 1);

    [Fact]
    public void Cubic_memory_at_361_patterns_of_100_bits_has_the_Krotov_Hopfield_bit_error()
    {
        var result = Run(new DensePoint(100, Interaction.Polynomial, 3, 361, 0, double.PositiveInfinity), trials: 400);
        double theory = DenseMemoryTheory.PerBitError(3, 100, 361);
        output.WriteLine($"N = 100, n = 3, K = 361: bit error {result[BitErrorRate]:E3} ± {result.Error(BitErrorRate):E2}, theory {theory:E3}; success {result[SuccessRate]:F3}, m = {result[Overlap]:F4}");
        Assert.Equal(theory, result[BitErrorTheory], 12);
        Assert.InRange(theory, 1.2e-3, 1.4e-3);
        Assert.InRange(result[BitErrorRate], theory / 2, theory * 2);
        Assert.InRange(result[SuccessRate], 0.7, 1.0);
    }

    [Fact]
    public void Higher_power_stores_more_patterns()
    {
        var quadratic = Run(new DensePoint(100, Interaction.Polynomial, 2, 80, 0, double.PositiveInfinity), trials: 6);
        var cubic = Run(new DensePoint(100, Interaction.Polynomial, 3, 80, 0, double.PositiveInfinity), trials: 6);
        output.WriteLine($"K = 80, N = 100: n = 2 success {quadratic[SuccessRate]} bit error {quadratic[BitErrorRate]:F3}; n = 3 success {cubic[SuccessRate]} bit error {cubic[BitErrorRate]:F3}");
        Assert.Equal(0.0, quadratic[SuccessRate]);
        Assert.True(quadratic[BitErrorRate] > 0.05);
        Assert.Equal(1.0, cubic[SuccessRate]);
        Assert.Equal(0.0, cubic[BitErrorRate]);
    }

    [Fact]
    public void A_noisy_cue_is_cleaned_up_and_the_table_has_the_spec_columns()
    {
        var points = new[]
        {
            new DensePoint(60, Interaction.Polynomial, 3, 20, 0, double.PositiveInfinity),
            new DensePoint(60, Interaction.Exponential, 3, 200, 0, double.PositiveInfinity),
        };
        var experiment = new DenseExperiment(new DenseDefinition(points, 0.1, ZeroTemperature, 3));
        var results = points.Select((_, k) => PointRunner.Run(experiment, seed: 11, point: k)).ToArray();
        Assert.All(results, r => Assert.Equal(1.0, r[SuccessRate]));
        Assert.True(double.IsNaN(results[1][BitErrorTheory]));
        var report = experiment.Finish(results);
        Assert.Equal(
            "N,interaction,n,K,success_rate,success_rate_err,bit_error_rate,bit_error_rate_err,overlap,overlap_err,bit_error_theory",
            string.Join(",", report.Results.Columns));
        Assert.Equal("exponential", report.Results.Rows[1][1]);
    }

    private static PointRecord Run(DensePoint point, int trials) =>
        PointRunner.Run(new DenseExperiment(new DenseDefinition([point], 0, ZeroTemperature, trials)), seed: 2016);
}
