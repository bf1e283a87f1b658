using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Sampling.Tests.Statistics;

public sealed class BinnedSeriesTests
{
    [Fact]
    public void Bin_means_of_a_ramp_are_the_centres_of_equal_bins()
    {
        const int minimumBins = 4;
        var series = new BinnedSeries(minimumBins);
        for (int n = 1; n <= 300; n++)
        {
            series.Add(n);

            long length = series.BinLength;
            ReadOnlySpan<double> means = series.Means;
            Assert.InRange(n - means.Length * length, 0, length - 1);
            Assert.InRange(means.Length, Math.Min(n, minimumBins), 2 * minimumBins - 1);
            for (int i = 0; i < means.Length; i++)
            {
                Assert.Equal(i * length + (length + 1) / 2.0, means[i]);
            }
        }
    }

    [Fact]
    public void Twenty_samples_in_four_to_eight_bins_have_bin_length_four()
    {
        var series = new BinnedSeries(minimumBins: 4);
        for (int n = 1; n <= 23; n++)
        {
            series.Add(n);
        }

        Assert.Equal(4, series.BinLength);
        Assert.Equal(new[] { 2.5, 6.5, 10.5, 14.5, 18.5 }, series.Means.ToArray());
        Assert.Equal(23, series.Count);
    }

    [Fact]
    public void Fewer_than_two_bins_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BinnedSeries(1));
    }
}
