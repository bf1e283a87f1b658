namespace SpinGlass.Analysis.Experiments.Spiking;

/// <summary>Per-neuron inter-spike intervals accumulated as count, sum and sum of squares.</summary>
internal sealed class IsiStatistics(int n)
{
    private const int LeastIntervals = 3;
    private readonly double[] _last = Enumerable.Repeat(double.NaN, n).ToArray();
    private readonly int[] _count = new int[n];
    private readonly double[] _sum = new double[n];
    private readonly double[] _squares = new double[n];

    public void Add(int neuron, double time)
    {
        if (!double.IsNaN(_last[neuron]))
        {
            double interval = time - _last[neuron];
            _count[neuron]++;
            _sum[neuron] += interval;
            _squares[neuron] += interval * interval;
        }

        _last[neuron] = time;
    }

    /// <summary>The mean over neurons with at least three intervals of σ_ISI/⟨ISI⟩ (NaN when none has).</summary>
    public double MeanCv()
    {
        double sum = 0;
        int neurons = 0;
        for (int i = 0; i < _count.Length; i++)
        {
            if (_count[i] >= LeastIntervals)
            {
                double mean = _sum[i] / _count[i];
                double variance = Math.Max(0, (_squares[i] / _count[i]) - (mean * mean));
                sum += Math.Sqrt(variance) / mean;
                neurons++;
            }
        }

        return neurons == 0 ? double.NaN : sum / neurons;
    }
}
