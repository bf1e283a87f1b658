using SpinGlass.Models;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Statistics;
using SpinGlass.Sampling.Tempering;

namespace SpinGlass.Analysis.Experiments.SpinGlasses;

/// <summary>
/// One disorder sample of the <c>spin-glass</c> experiment: the instance drawn from the <c>disorder</c> stream, R
/// independent parallel-tempering ladders over it (hot starts; each walker and each ladder's exchanges on their own
/// streams), and the thermal averages at every temperature.
/// </summary>
/// <param name="Temperatures">What was measured at each temperature of the ladder.</param>
/// <param name="Engine">The sampler that ran.</param>
public sealed record SpinGlassSample(SpinGlassTrial[] Temperatures, string Engine)
{
    /// <summary>Runs the sample; <paramref name="stream"/> gives the named streams of this sample.</summary>
    public static SpinGlassSample Run(SpinGlassDefinition definition, ModelSource source, Func<string, Xoshiro256StarStar> stream, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(stream);
        var model = source.Create(stream("disorder")).Model;
        int k = definition.Temperatures.Count, replicas = definition.Replicas, n = model.N;
        double[] betas = [.. definition.Temperatures.Select(t => 1 / t)];
        var ladders = new ParallelTempering[replicas];
        for (int r = 0; r < replicas; r++)
        {
            var streams = new Xoshiro256StarStar[k];
            var walkers = new IEnergyState[k];
            for (int w = 0; w < k; w++)
            {
                streams[w] = stream($"replica {r} walker {w}");
                var spins = new sbyte[n];
                for (int i = 0; i < n; i++)
                {
                    spins[i] = streams[w].NextSpin();
                }

                walkers[w] = model.CreateState(spins);
            }

            ladders[r] = new ParallelTempering(walkers, betas, definition.Rule, streams, stream($"replica {r} exchange"));
        }

        var measured = new Measurements(k, n);
        definition.Protocol.Run(ladders, () => measured.Add(ladders), cancellation);
        long roundTrips = ladders.Sum(l => l.RoundTrips);
        var trials = new SpinGlassTrial[k];
        for (int t = 0; t < k; t++)
        {
            double rate = t + 1 < k ? ladders.Average(l => l.ExchangeRate(t)) : double.NaN;
            trials[t] = measured.At(t, betas[t], rate, roundTrips);
        }

        return new SpinGlassSample(trials, ladders[0].Engine);
    }

    /// <summary>The running sums of one sample: O(K R) energies and O(K R² N / 32) overlap work per measurement.</summary>
    private sealed class Measurements(int k, int n)
    {
        private readonly double[] _e = new double[k], _e2 = new double[k], _q2 = new double[k], _q4 = new double[k];
        private readonly long[][] _histogram = [.. Enumerable.Range(0, k).Select(_ => new long[OverlapBins.Count(n)])];
        private readonly BinningAccumulator[] _tau = [.. Enumerable.Range(0, k).Select(_ => new BinningAccumulator())];
        private long _energies, _pairs;
        private double _lowest = double.PositiveInfinity;

        public void Add(ParallelTempering[] ladders)
        {
            for (int t = 0; t < k; t++)
            {
                double sum = 0;
                foreach (var ladder in ladders)
                {
                    double e = ladder.At(t).Energy / n;
                    sum += e;
                    _e[t] += e;
                    _e2[t] += e * e;
                    _lowest = Math.Min(_lowest, e);
                }

                _tau[t].Add(sum / ladders.Length);
                for (int a = 0; a < ladders.Length; a++)
                {
                    for (int b = a + 1; b < ladders.Length; b++)
                    {
                        int overlap = ReplicaOverlap.Sum(ladders[a].At(t).Spins, ladders[b].At(t).Spins);
                        double q = (double)overlap / n, q2 = q * q;
                        _q2[t] += q2;
                        _q4[t] += q2 * q2;
                        _histogram[t][OverlapBins.Of(overlap, n)]++;
                    }
                }
            }

            _energies += ladders.Length;
            _pairs += ladders.Length * (ladders.Length - 1) / 2;
        }

        public SpinGlassTrial At(int t, double beta, double exchangeRate, long roundTrips)
        {
            double e = _e[t] / _energies, e2 = _e2[t] / _energies;
            double[] overlaps = [.. _histogram[t].Select(c => (double)c / _pairs)];
            return new SpinGlassTrial(
                e, beta * beta * n * Math.Max(0, e2 - e * e), _q2[t] / _pairs, _q4[t] / _pairs, overlaps, exchangeRate,
                _tau[t].Analyze().TauInt, _lowest, roundTrips);
        }
    }
}
