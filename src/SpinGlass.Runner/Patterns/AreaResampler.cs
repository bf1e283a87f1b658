namespace SpinGlass.Runner.Patterns;

/// <summary>
/// Resamples a grey image to another grid by exact area averaging: each target cell is the mean of the source
/// pixels under it, weighted by the covered fraction of each. Separable, so O(source pixels + target pixels·k).
/// </summary>
internal static class AreaResampler
{
    public static double[] Resample(double[] source, int sourceWidth, int sourceHeight, int width, int height)
    {
        // Rows first (to width), then columns (to height).
        var rows = new double[sourceHeight * width];
        var (xStart, xWeights) = Weights(sourceWidth, width);
        for (int y = 0; y < sourceHeight; y++)
        {
            Accumulate(source.AsSpan(y * sourceWidth, sourceWidth), 1, xStart, xWeights, rows.AsSpan(y * width, width), 1);
        }

        var target = new double[width * height];
        var (yStart, yWeights) = Weights(sourceHeight, height);
        for (int x = 0; x < width; x++)
        {
            Accumulate(rows.AsSpan(x), width, yStart, yWeights, target.AsSpan(x), width);
        }

        return target;
    }

    // For each source index s: the first target cell it covers and its weights in that cell and the following
    // ones. Source pixel s spans [s·t/n, (s+1)·t/n) in target units; a target cell has unit width, so the weight
    // of s in cell c is the length of the overlap with [c, c+1) (the weights of each cell sum to 1).
    private static (int[] Start, double[][] Weights) Weights(int n, int t)
    {
        var start = new int[n];
        var weights = new double[n][];
        double scale = (double)t / n;
        for (int s = 0; s < n; s++)
        {
            double lo = s * scale, hi = (s + 1) * scale;
            int first = Math.Min((int)Math.Floor(lo), t - 1);
            int last = Math.Min((int)Math.Ceiling(hi) - 1, t - 1);
            start[s] = first;
            weights[s] = new double[last - first + 1];
            for (int c = first; c <= last; c++)
            {
                weights[s][c - first] = Math.Max(0, Math.Min(hi, c + 1) - Math.Max(lo, c));
            }
        }

        return (start, weights);
    }

    private static void Accumulate(ReadOnlySpan<double> line, int lineStride, int[] start, double[][] weights, Span<double> output, int outputStride)
    {
        for (int s = 0; s < start.Length; s++)
        {
            double value = line[s * lineStride];
            var w = weights[s];
            for (int k = 0; k < w.Length; k++)
            {
                output[(start[s] + k) * outputStride] += w[k] * value;
            }
        }
    }
}
