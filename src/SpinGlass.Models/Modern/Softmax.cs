using System.Numerics.Tensors;

namespace SpinGlass.Models.Modern;

/// <summary>The numerically stable (max-shifted) softmax and log-sum-exp of a modern Hopfield network.</summary>
public static class Softmax
{
    /// <summary>
    /// Replaces <paramref name="scores"/> by <c>softmax(β · scores)</c>, shifted by the largest score so that no
    /// exponential overflows for any β; returns <c>lse_β(scores) = β⁻¹ ln Σ exp(β scores)</c>.
    /// </summary>
    public static double InPlace(Span<double> scores, double beta)
    {
        if (scores.IsEmpty)
        {
            throw new ArgumentException("softmax of no scores", nameof(scores));
        }

        // vectorised: exp(β(s − max)), then normalised (TensorPrimitives.Exp is within a few ulp of Math.Exp)
        double max = TensorPrimitives.Max<double>(scores);
        TensorPrimitives.Subtract(scores, max, scores);
        TensorPrimitives.Multiply(scores, beta, scores);
        TensorPrimitives.Exp(scores, scores);
        double sum = TensorPrimitives.Sum<double>(scores);
        TensorPrimitives.Multiply(scores, 1.0 / sum, scores);
        return max + (Math.Log(sum) / beta);
    }

    /// <summary><c>lse_β(scores) = β⁻¹ ln Σ exp(β scores)</c>, max-shifted.</summary>
    public static double LogSumExp(ReadOnlySpan<double> scores, double beta)
    {
        double max = double.NegativeInfinity;
        foreach (double score in scores)
        {
            max = Math.Max(max, score);
        }

        double sum = 0;
        foreach (double score in scores)
        {
            sum += Math.Exp(beta * (score - max));
        }

        return max + (Math.Log(sum) / beta);
    }
}
