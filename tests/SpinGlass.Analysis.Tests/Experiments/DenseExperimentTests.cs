using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Dense;
using SpinGlass.Analysis.Experiments.Retrieval;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Sampling;
using Xunit.Abstractions;
using static SpinGlass.Analysis.Experiments.Dense.DenseExperiment;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class DenseExperimentTests(ITestOutputHelper output)
{
    private static readonly ChainProtocol ZeroTemperature = new(UpdateRule.ZeroTemperature, SiteOrder.Random, 100, 0, 1);
    private static readonly ChainProtocol Rows = ZeroTemperature with { Order = SiteOrder.Rows, RowWidth = 10 };

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
            new DensePoint(60, Interaction.Polynomial, 3, 20, 0, double.PositiveInfinity, Noise: 0.1),
            new DensePoint(60, Interaction.Exponential, 3, 200, 0, double.PositiveInfinity, Noise: 0.1),
        };
        var experiment = new DenseExperiment(new DenseDefinition(points, ZeroTemperature, 3));
        var results = points.Select((_, k) => PointRunner.Run(experiment, seed: 11, point: k)).ToArray();
        Assert.All(results, r => Assert.Equal(1.0, r[SuccessRate]));
        Assert.True(double.IsNaN(results[1][BitErrorTheory]));
        var report = experiment.Finish(results);
        Assert.Equal(
            "N,interaction,n,beta,K,noise,success_rate,success_rate_err,bit_error_rate,bit_error_rate_err,overlap,overlap_err," +
            "closest_rate,closest_rate_err,stored_rate,stored_rate_err,majority_rate,majority_rate_err,bit_error_theory",
            string.Join(",", report.Results.Columns));
        Assert.Equal("exponential", report.Results.Rows[1][1]);
        Assert.All(results, r => Assert.Equal(1.0, r[ClosestRate]));
        Assert.All(results, r => Assert.Equal(1.0, r[StoredRate]));
    }

    [Fact]
    public void The_rectified_polynomial_has_its_theory_column()
    {
        var result = Run(new DensePoint(100, Interaction.RectifiedPolynomial, 3, 722, 0, double.PositiveInfinity), trials: 2);
        Assert.Equal(DenseMemoryTheory.RectifiedPerBitError(3, 100, 722), result[BitErrorTheory]);
        Assert.Equal(DenseMemoryTheory.PerBitError(3, 100, 361), result[BitErrorTheory], 15);
    }

    [Fact]
    public void The_cubic_memory_recalls_every_letter_A_to_G_where_the_classical_network_keeps_two()
    {
        // The seeds' demo: seven 10×10 letters, clean cues, cycled through by trial. n = 2 is the classical energy.
        var cubic = RunLetters(new DensePoint(100, Interaction.Polynomial, 3, 7, 0, double.PositiveInfinity), Rows);
        var quadratic = RunLetters(new DensePoint(100, Interaction.Polynomial, 2, 7, 0, double.PositiveInfinity), Rows);
        output.WriteLine($"A–G, clean cues, rows order: n = 3 success {cubic[SuccessRate]}, n = 2 success {quadratic[SuccessRate]:F3}, bit error {quadratic[BitErrorRate]:F3}");
        Assert.Equal(1.0, cubic[SuccessRate]);
        Assert.Equal(0.0, cubic[BitErrorRate]);
        Assert.Equal(2.0 / 7, quadratic[SuccessRate], 12);
        Assert.True(double.IsNaN(quadratic[BitErrorTheory]), "the random-pattern theory says nothing about letters");
        Assert.Equal("markov-chain: DenseAssociativeMemoryState site access; zero-temperature, rows order (width 10); xoshiro256**", cubic.Engines["sampler"]);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.25)]
    public void Dense_n_2_on_letters_is_the_classical_network_cue_for_cue(double noise)
    {
        // E = −Σ_μ M_μ² = 2N·H_Hopfield − pN: the same zero-temperature decisions, the same cues from the same streams,
        // so the same trajectories — the retrieval experiment's numbers to the last bit.
        var images = Letters("ABCDEFG");
        var dense = PointRunner.Run(
            new DenseExperiment(new DenseDefinition([new DensePoint(100, Interaction.Polynomial, 2, 7, 0, double.PositiveInfinity, Noise: noise)], ZeroTemperature, 28, images)), seed: 5);
        var classical = PointRunner.Run(
            new RetrievalExperiment(new RetrievalDefinition([new RetrievalPoint(100, 7, noise, 0, double.PositiveInfinity)], images, NeuronCoding.Spin, ZeroTemperature, 28, 1.0)), seed: 5);
        output.WriteLine($"noise {noise}: dense n = 2 success {dense[SuccessRate]:F4}, m = {dense[Overlap]:F4}; retrieval success {classical[RetrievalExperiment.SuccessRate]:F4}, m = {classical[RetrievalExperiment.Overlap]:F4}");
        Assert.Equal(classical[RetrievalExperiment.SuccessRate], dense[SuccessRate]);
        Assert.Equal(classical[RetrievalExperiment.Overlap], dense[Overlap]);
        Assert.Equal(classical.Error(RetrievalExperiment.Overlap), dense.Error(Overlap));
    }

    [Fact]
    public void The_exponential_recalls_the_nearest_letter_at_large_beta_and_the_majority_vote_at_small_beta()
    {
        // s_i ← sgn Σ_μ ξ^μ_i e^{βx_μ}: softmax-weighted vote. At 40 % noise another letter is often nearer than the cued one.
        var sharp = RunLetters(new DensePoint(100, Interaction.Exponential, 3, 7, 0, double.PositiveInfinity, InteractionBeta: 2, Noise: 0.4), ZeroTemperature);
        var soft = RunLetters(new DensePoint(100, Interaction.Exponential, 3, 7, 0, double.PositiveInfinity, InteractionBeta: 0.001, Noise: 0.4), ZeroTemperature);
        output.WriteLine($"β = 2: success {sharp[SuccessRate]:F3}, nearest {sharp[ClosestRate]:F3}; β = 0.001: stored {soft[StoredRate]:F3}, majority {soft[MajorityRate]:F3}, m = {soft[Overlap]:F3}");
        Assert.Equal(1.0, sharp[ClosestRate]);
        Assert.InRange(sharp[SuccessRate], 0.5, 0.95);
        Assert.Equal(0.0, sharp[MajorityRate]);
        Assert.Equal(1.0, soft[MajorityRate]);
        Assert.Equal(0.0, soft[StoredRate]);
    }

    private static StoredImages Letters(string letters) =>
        new(LetterPatterns.Create(letters), LetterPatterns.Width, LetterPatterns.Height, [.. letters.Select(c => c.ToString())]);

    private static PointRecord RunLetters(DensePoint point, ChainProtocol dynamics) =>
        PointRunner.Run(new DenseExperiment(new DenseDefinition([point], dynamics, 70, Letters("ABCDEFG"))), seed: 7);

    private static PointRecord Run(DensePoint point, int trials) =>
        PointRunner.Run(new DenseExperiment(new DenseDefinition([point], ZeroTemperature, trials)), seed: 2016);
}
