using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.SpinGlasses;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;
using SpinGlass.Sampling.Tempering;
using SpinGlass.Analysis.Tests.SamplerValidation;
using Xunit.Abstractions;
using static SpinGlass.Analysis.Experiments.SpinGlasses.SpinGlassExperiment;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class SpinGlassExperimentTests(ITestOutputHelper output)
{
    private static readonly double[] Ladder = [0.5, 0.8, 1.3, 2.0];

    [Fact]
    public void Energy_q2_and_g_agree_with_brute_force_enumeration_of_a_fixed_instance()
    {
        var bonds = BondList.SherringtonKirkpatrick(7, gaussian: true, new Xoshiro256StarStar(5));
        var definition = new SpinGlassDefinition(
            [TestModelSource.Fixed(bonds)], Ladder, 2, UpdateRule.Metropolis, new TemperingProtocol(200, 2000), Trials: 48);
        var experiment = new SpinGlassExperiment(definition);
        for (int k = 0; k < Ladder.Length; k++)
        {
            var record = PointRunner.Run(experiment, seed: 31, point: k);
            var exact = Exact(bonds, 1 / Ladder[k]);
            output.WriteLine($"T={Ladder[k]}: e {record[Energy]:F4}±{record.Error(Energy):F4} vs {exact.Energy:F4}, q2 {record[Q2]:F4}±{record.Error(Q2):F4} vs {exact.Q2:F4}, "
                + $"g {record[BinderG]:F4}±{record.Error(BinderG):F4} vs {exact.G:F4}, q4 {record[Q4]:F4} vs {exact.Q4:F4}");
            Assert.InRange(record[Energy], exact.Energy - 4 * record.Error(Energy), exact.Energy + 4 * record.Error(Energy));
            Assert.InRange(record[Q2], exact.Q2 - 4 * record.Error(Q2), exact.Q2 + 4 * record.Error(Q2));
            Assert.InRange(record[BinderG], exact.G - 4 * record.Error(BinderG), exact.G + 4 * record.Error(BinderG));
            Assert.InRange(record[Q4], exact.Q4 - 0.03, exact.Q4 + 0.03);
        }
    }

    [Fact]
    public void A_ladder_reports_the_same_simulation_whichever_temperature_asks_first()
    {
        var definition = new SpinGlassDefinition(
            [TestModelSource.Ea(2, 3), TestModelSource.Ea(2, 4)], Ladder, 2, UpdateRule.Glauber, new TemperingProtocol(20, 50, 2), Trials: 3);
        var forward = new SpinGlassExperiment(definition);
        var backward = new SpinGlassExperiment(definition);
        var a = Enumerable.Range(0, definition.Points.Count).Select(p => PointRunner.Run(forward, seed: 8, point: p)).ToArray();
        var b = Enumerable.Range(0, definition.Points.Count).Reverse().Select(p => PointRunner.Run(backward, seed: 8, point: p)).Reverse().ToArray();
        for (int p = 0; p < a.Length; p++)
        {
            Assert.Equal(a[p].Values, b[p].Values);
        }

        Assert.NotEqual(a[0][Energy], a[Ladder.Length][Energy]);
    }

    [Fact]
    public void The_report_has_crossings_lowest_energies_the_SK_extrapolation_and_three_charts()
    {
        var definition = new SpinGlassDefinition(
            [TestModelSource.Sk(8), TestModelSource.Sk(16)], [0.4, 0.7, 1.0, 1.4, 2.0], 2, UpdateRule.Metropolis, new TemperingProtocol(100, 400), Trials: 6);
        var experiment = new SpinGlassExperiment(definition);
        var points = Enumerable.Range(0, definition.Points.Count).Select(p => PointRunner.Run(experiment, seed: 4, point: p)).ToArray();
        var report = experiment.Finish(points);
        var derived = report.Derived.ToDictionary(d => d.Key, d => d.Value);
        Assert.Contains("lowest_energy_N8", derived.Keys);
        Assert.Equal(ParisiGroundEnergy, derived["ground_energy_extrapolated"].Reference);
        Assert.InRange(derived["lowest_energy_N16"].Value, -1.0, -0.6);
        Assert.Equal(["overlap_distribution.csv", "lowest_energies.csv"], report.Tables.Select(t => t.Key).Order().Reverse());
        Assert.Equal(12, report.Tables.Single(t => t.Key == "lowest_energies.csv").Value.Rows.Count);
        Assert.Equal(["overlap_distribution", "binder_g", "exchange_rate"], report.Charts.Select(c => c.Key));
        foreach (var chart in report.Charts)
        {
            Assert.NotEmpty(chart.Value().Series);
        }

        var hottest = points[4];
        Assert.True(double.IsNaN(hottest[ExchangeRate]));
        Assert.InRange(points[0][ExchangeRate], 0.01, 1);
    }

    /// <summary>⟨e⟩, ⟨q²⟩, ⟨q⁴⟩ and g of two independent copies, by brute force over all pairs of the 2^N states.</summary>
    private static (double Energy, double Q2, double Q4, double G) Exact(BondList bonds, double beta)
    {
        int n = bonds.N, states = 1 << n;
        var p = BruteForce.Boltzmann(bonds, beta);
        var spins = new sbyte[n];
        double energy = 0, q2 = 0, q4 = 0;
        for (int s = 0; s < states; s++)
        {
            for (int i = 0; i < n; i++)
            {
                spins[i] = (sbyte)(((s >> i) & 1) == 1 ? -1 : 1);
            }

            energy += p[s] * bonds.Energy(spins) / n;
        }

        for (int s = 0; s < states; s++)
        {
            for (int t = 0; t < states; t++)
            {
                double q = (double)(n - 2 * System.Numerics.BitOperations.PopCount((uint)(s ^ t))) / n;
                q2 += p[s] * p[t] * q * q;
                q4 += p[s] * p[t] * q * q * q * q;
            }
        }

        return (energy, q2, q4, 0.5 * (3 - q4 / (q2 * q2)));
    }
}
