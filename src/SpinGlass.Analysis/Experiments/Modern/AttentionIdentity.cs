using SpinGlass.Models.Modern;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Experiments.Modern;

/// <summary>
/// The attention identity of Ramsauer et al. (2020), checked on every <c>modern</c> run's engines: Hopfield retrieval
/// with keys and values apart at β = 1/√d_k against softmax(QKᵀ/√d_k)V evaluated directly (one query at a time, plain
/// loops, max-shifted exponentials), as <c>attention_identity.csv</c> — the largest absolute difference over all
/// outputs beside the largest output, for a few shapes.
/// </summary>
public static class AttentionIdentity
{
    private static readonly (int Dk, int Dv, int M, int B)[] Shapes = [(16, 16, 32, 8), (64, 32, 256, 16), (256, 64, 1024, 64)];

    /// <summary>The table for the engines given (the run's, and the managed one).</summary>
    public static ResultTable Table(IEnumerable<IMatrixProduct> engines)
    {
        ArgumentNullException.ThrowIfNull(engines);
        var table = new ResultTable(["engine", "d_k", "d_v", "M", "queries", "max_abs_difference", "max_abs_output"]);
        foreach (var engine in engines)
        {
            foreach (var (dk, dv, m, b) in Shapes)
            {
                var rng = new Xoshiro256StarStar(2020);
                double[] q = Gaussian(rng, b * dk), k = Gaussian(rng, m * dk), v = Gaussian(rng, m * dv);
                double[] result = new double[b * dv];
                ModernHopfieldNetwork.Attention(q, k, v, result, new double[b * m], b, m, dk, dv, 1 / Math.Sqrt(dk), engine);
                double[] direct = Direct(q, k, v, b, m, dk, dv);
                double difference = 0, largest = 0;
                for (int i = 0; i < result.Length; i++)
                {
                    difference = Math.Max(difference, Math.Abs(result[i] - direct[i]));
                    largest = Math.Max(largest, Math.Abs(direct[i]));
                }

                table.Add(engine.Engine, dk, dv, m, b, difference, largest);
            }
        }

        return table;
    }

    /// <summary>softmax(QKᵀ/√d_k)V, one query and one output at a time.</summary>
    public static double[] Direct(double[] q, double[] k, double[] v, int b, int m, int dk, int dv)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(k);
        ArgumentNullException.ThrowIfNull(v);
        double[] result = new double[b * dv], scores = new double[m];
        for (int row = 0; row < b; row++)
        {
            double max = double.NegativeInfinity;
            for (int mu = 0; mu < m; mu++)
            {
                double dot = 0;
                for (int i = 0; i < dk; i++)
                {
                    dot += q[(row * dk) + i] * k[(mu * dk) + i];
                }

                scores[mu] = dot / Math.Sqrt(dk);
                max = Math.Max(max, scores[mu]);
            }

            double sum = 0;
            for (int mu = 0; mu < m; mu++)
            {
                scores[mu] = Math.Exp(scores[mu] - max);
                sum += scores[mu];
            }

            for (int j = 0; j < dv; j++)
            {
                double value = 0;
                for (int mu = 0; mu < m; mu++)
                {
                    value += scores[mu] / sum * v[(mu * dv) + j];
                }

                result[(row * dv) + j] = value;
            }
        }

        return result;
    }

    private static double[] Gaussian(Xoshiro256StarStar rng, int length)
    {
        double[] values = new double[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = rng.NextGaussian();
        }

        return values;
    }
}
