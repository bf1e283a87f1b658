using SpinGlass.Models.Modern;

namespace SpinGlass.Models.Tests.Modern;

public sealed class ModernHopfieldTests
{
    public static TheoryData<string> Engines => ["managed", "openblas"];

    [Theory]
    [MemberData(nameof(Engines))]
    public void The_update_never_raises_the_energy(string engine)
    {
        var random = new Random(5);
        foreach (double beta in new[] { 0.01, 0.1, 0.5, 1, 4 })
        {
            foreach (bool binary in new[] { true, false })
            {
                var network = new ModernHopfieldNetwork(Patterns(random, 40, 16, binary), 16, beta, Product(engine));
                double[] state = [.. Enumerable.Range(0, 16).Select(_ => (random.NextDouble() * 4) - 2)];
                double energy = network.Energy(state);
                for (int step = 0; step < 25; step++)
                {
                    state = network.Update(state);
                    double next = network.Energy(state);
                    Assert.True(next <= energy + (1e-12 * Math.Max(1, Math.Abs(energy))), $"β = {beta}: E rose from {energy} to {next} at step {step}");
                    energy = next;
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void At_large_beta_one_update_returns_the_nearest_pattern(string engine)
    {
        var random = new Random(7);
        double[] patterns = Patterns(random, 50, 32, binary: true);
        var network = new ModernHopfieldNetwork(patterns, 32, 1e4, Product(engine));
        for (int trial = 0; trial < 20; trial++)
        {
            int target = random.Next(50);
            double[] cue = network.Pattern(target).ToArray();
            foreach (int i in Enumerable.Range(0, 32).OrderBy(_ => random.Next()).Take(6))
            {
                cue[i] = -cue[i];
            }

            int nearest = Enumerable.Range(0, 50).MaxBy(mu => Dot(network.Pattern(mu), cue));
            double[] updated = network.Update(cue);
            Assert.Equal(network.Pattern(nearest).ToArray(), updated, (a, b) => Math.Abs(a - b) < 1e-9);
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void At_small_beta_one_update_returns_the_mean_of_the_patterns(string engine)
    {
        var random = new Random(8);
        double[] patterns = Patterns(random, 30, 12, binary: true);
        var network = new ModernHopfieldNetwork(patterns, 12, 1e-9, Product(engine));
        double[] mean = [.. Enumerable.Range(0, 12).Select(i => Enumerable.Range(0, 30).Average(mu => patterns[(mu * 12) + i]))];
        double[] updated = network.Update([.. Enumerable.Range(0, 12).Select(_ => random.NextDouble() - 0.5)]);
        Assert.Equal(mean, updated, (a, b) => Math.Abs(a - b) < 1e-7);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Energy_and_update_equal_a_direct_evaluation(string engine)
    {
        var random = new Random(9);
        const int M = 25, D = 10;
        double[] patterns = Patterns(random, M, D, binary: false);
        foreach (double beta in new[] { 0.05, 1, 3 })
        {
            var network = new ModernHopfieldNetwork(patterns, D, beta, Product(engine));
            double[] state = [.. Enumerable.Range(0, D).Select(_ => random.NextDouble() - 0.5)];

            // directly: E = −β⁻¹ ln Σ exp(β xᵀξ) + ½ξᵀξ + β⁻¹ ln M + ½ max ‖x‖² (no shift needed at these sizes)
            double[] dots = [.. Enumerable.Range(0, M).Select(mu => Dot(patterns.AsSpan(mu * D, D), state))];
            double lse = Math.Log(dots.Sum(z => Math.Exp(beta * z))) / beta;
            double maxNorm = Enumerable.Range(0, M).Max(mu => Dot(patterns.AsSpan(mu * D, D), patterns.AsSpan(mu * D, D)));
            double energy = -lse + (Dot(state, state) / 2) + (Math.Log(M) / beta) + (maxNorm / 2);
            Assert.Equal(energy, network.Energy(state), 10);

            double[] p = [.. dots.Select(z => Math.Exp(beta * z))];
            double total = p.Sum();
            double[] expected = [.. Enumerable.Range(0, D).Select(i => Enumerable.Range(0, M).Sum(mu => patterns[(mu * D) + i] * p[mu] / total))];
            Assert.Equal(expected, network.Update(state), (a, b) => Math.Abs(a - b) < 1e-12);
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void With_beta_one_over_root_dk_retrieval_is_attention(string engine)
    {
        var random = new Random(10);
        const int B = 7, M = 19, Dk = 16, Dv = 5;
        double[] q = Gaussian(random, B * Dk), k = Gaussian(random, M * Dk), v = Gaussian(random, M * Dv);
        double[] result = new double[B * Dv], weights = new double[B * M];
        ModernHopfieldNetwork.Attention(q, k, v, result, weights, B, M, Dk, Dv, 1 / Math.Sqrt(Dk), Product(engine));

        // softmax(QKᵀ/√d_k)V, computed directly
        double maxDifference = 0;
        for (int b = 0; b < B; b++)
        {
            double[] scores = [.. Enumerable.Range(0, M).Select(mu => Dot(q.AsSpan(b * Dk, Dk), k.AsSpan(mu * Dk, Dk)) / Math.Sqrt(Dk))];
            double[] e = [.. scores.Select(Math.Exp)];
            double sum = e.Sum();
            for (int j = 0; j < Dv; j++)
            {
                double direct = Enumerable.Range(0, M).Sum(mu => e[mu] / sum * v[(mu * Dv) + j]);
                maxDifference = Math.Max(maxDifference, Math.Abs(direct - result[(b * Dv) + j]));
            }
        }

        Assert.True(maxDifference < 1e-13, $"max |difference| = {maxDifference}");

    }

    [Fact]
    public void OpenBLAS_and_the_managed_product_agree()
    {
        var random = new Random(11);
        double[] a = Gaussian(random, 33 * 70), b = Gaussian(random, 45 * 70), c = Gaussian(random, 70 * 21);
        var blas = Product("openblas");
        var managed = Product("managed");
        double[] x1 = new double[33 * 45], x2 = new double[33 * 45], y1 = new double[33 * 21], y2 = new double[33 * 21];
        blas.MultiplyByTransposed(a, b, x1, 33, 45, 70);
        managed.MultiplyByTransposed(a, b, x2, 33, 45, 70);
        blas.Multiply(a, c, y1, 33, 21, 70);
        managed.Multiply(a, c, y2, 33, 21, 70);
        Assert.Equal(x1, x2, (p, r) => Math.Abs(p - r) < 1e-12);
        Assert.Equal(y1, y2, (p, r) => Math.Abs(p - r) < 1e-12);
        Assert.StartsWith("openblas (OpenBLAS", blas.Engine, StringComparison.Ordinal);
    }

    [Fact]
    public void The_softmax_does_not_overflow_at_large_beta()
    {
        double[] scores = [1000, 999, -1000];
        double lse = Softmax.InPlace(scores, 50);
        Assert.Equal(1000 + (Math.Log(1 + Math.Exp(-50)) / 50), lse, 12);
        Assert.Equal(1, scores.Sum(), 14);
        Assert.True(scores[0] > 0.999 && scores[2] == 0);
    }

    internal static IMatrixProduct Product(string engine) => engine == "managed"
        ? new ManagedMatrixProduct()
        : OpenBlasMatrixProduct.TryCreate() ?? throw new InvalidOperationException("OpenBLAS is not installed: apt-get install libopenblas0-pthread (.ci/run does)");

    private static double[] Patterns(Random random, int count, int dimension, bool binary) =>
        [.. Enumerable.Range(0, count * dimension).Select(_ => binary ? (random.Next(2) * 2.0) - 1 : (random.NextDouble() * 2) - 1)];

    private static double[] Gaussian(Random random, int length) =>
        [.. Enumerable.Range(0, length).Select(_ => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))];

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
