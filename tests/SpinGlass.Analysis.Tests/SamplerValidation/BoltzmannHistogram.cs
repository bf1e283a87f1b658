using MathNet.Numerics.Distributions;
using SpinGlass.Analysis.Exact;
using SpinGlass.Models;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Tests.SamplerValidation;

/// <summary>Histograms of sampled configurations and their χ² test against the exact Boltzmann distribution.</summary>
internal static class BoltzmannHistogram
{
    public const int Chains = 400;
    public const int Thermalize = 200;
    public const int SamplesPerChain = 100;
    public const int Thin = 8;

    /// <summary>Counts of each configuration index over independent chains, sampled every <see cref="Thin"/> sweeps.</summary>
    public static long[] Sample(IEnergyModel model, UpdateRule rule, double beta, ulong seed) => Sample(
        model.N,
        (spins, rng) =>
        {
            var chain = new MarkovChain(model.CreateState(spins), new Dynamics(rule, beta), rng);
            return (chain, chain.State);
        },
        seed);

    /// <summary>
    /// Counts of each configuration index over <paramref name="chains"/> independent samplers built by
    /// <paramref name="create"/> from random spins and the chain's own stream, sampled every <paramref name="thin"/> sweeps.
    /// </summary>
    public static long[] Sample(
        int n,
        Func<sbyte[], Xoshiro256StarStar, (ISweepable Chain, ISpinState State)> create,
        ulong seed,
        int chains = Chains,
        int thermalize = Thermalize,
        int samplesPerChain = SamplesPerChain,
        int thin = Thin)
    {
        var counts = new long[1 << n];
        for (int chainIndex = 0; chainIndex < chains; chainIndex++)
        {
            var rng = RandomStreams.For(seed, 0, chainIndex);
            var spins = new sbyte[n];
            for (int i = 0; i < spins.Length; i++)
            {
                spins[i] = rng.NextSpin();
            }

            var (chain, state) = create(spins, rng);
            for (int sweep = 0; sweep < thermalize; sweep++)
            {
                chain.Sweep();
            }

            for (int sample = 0; sample < samplesPerChain; sample++)
            {
                for (int sweep = 0; sweep < thin; sweep++)
                {
                    chain.Sweep();
                }

                counts[ExactEnumeration.IndexOf(state.Spins)]++;
            }
        }

        return counts;
    }

    /// <summary>
    /// Pearson χ² p-value of the counts against the probabilities; configurations expected fewer than 5 times are
    /// pooled into one class.
    /// </summary>
    public static double PValue(long[] counts, double[] probabilities)
    {
        double total = counts.Sum();
        double chi2 = 0, pooledObserved = 0, pooledExpected = 0;
        int classes = 0;
        for (int k = 0; k < counts.Length; k++)
        {
            double expected = total * probabilities[k];
            if (expected < 5)
            {
                pooledObserved += counts[k];
                pooledExpected += expected;
                continue;
            }

            chi2 += (counts[k] - expected) * (counts[k] - expected) / expected;
            classes++;
        }

        if (pooledExpected > 0)
        {
            chi2 += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) / pooledExpected;
            classes++;
        }

        return classes < 2 ? 1 : 1 - ChiSquared.CDF(classes - 1, chi2);
    }
}
