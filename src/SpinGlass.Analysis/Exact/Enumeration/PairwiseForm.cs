using SpinGlass.Analysis.Experiments.SpinGlasses;
using SpinGlass.Models;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>
/// A model's energy as a pairwise form <c>E(s) = u·(−Σ_{i&lt;j} J_ij s_i s_j − Σ_i h_i s_i) + c</c>: the bonds and fields
/// (<see cref="Bonds"/>), the unit <c>u</c> and the constant <c>c</c>. Hopfield networks keep integer Hebbian numerators
/// (<c>J_ij = Σ_μ ξ^μ_i ξ^μ_j</c>, <c>u = 1/N</c>), so their energies are enumerated exactly in integers.
/// </summary>
public sealed class PairwiseForm
{
    private const int Probes = 64;

    private readonly double _divisor;

    /// <summary>The form with unit <c>1/divisor</c> (energies divided, not multiplied: −202/20 is −10.1 to the last bit).</summary>
    private PairwiseForm(BondList bonds, double divisor, double offset)
    {
        Bonds = bonds;
        _divisor = divisor;
        Offset = offset;
    }

    /// <summary>The bonds and fields in units of <see cref="Unit"/>.</summary>
    public BondList Bonds { get; }

    /// <summary>The energy unit <c>u</c>. The default is 1.</summary>
    public double Unit => 1 / _divisor;

    /// <summary>The constant <c>c</c>. The default is 0.</summary>
    public double Offset { get; }

    /// <summary>The number of spins.</summary>
    public int N => Bonds.N;

    /// <summary>The energy of a configuration.</summary>
    public double Energy(ReadOnlySpan<sbyte> spins) => ToModel(Bonds.Energy(spins));

    /// <summary>The model's energy <c>u·E_b + c</c> of a bond energy <c>E_b</c>.</summary>
    public double ToModel(double bondEnergy) => (bondEnergy / _divisor) + Offset;

    /// <summary>The pairwise form of bonds and fields as given (unit 1, no constant).</summary>
    public static PairwiseForm Of(BondList bonds)
    {
        ArgumentNullException.ThrowIfNull(bonds);
        return new PairwiseForm(bonds, 1, 0);
    }

    /// <summary>
    /// The pairwise form of a sourced model: its couplings when given, the Hebbian form of a Hopfield network, checked
    /// against <see cref="IEnergyModel.Energy"/> on random states (constant included).
    /// </summary>
    /// <exception cref="ArgumentException">The model has no pairwise form (e.g. a dense associative memory), or the form disagrees with the model.</exception>
    public static PairwiseForm Of(SourcedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var form = model.Couplings is { } bonds ? new PairwiseForm(bonds, 1, 0)
            : model.Model is HopfieldNetwork network ? Hebbian(network)
            : throw new ArgumentException(
                $"{model.Model.Description} is not a pairwise energy: exact enumeration takes couplings (file, SK, EA) or a Hopfield network, not dense memories.",
                nameof(model));
        form.Verify(model.Model);
        return form;
    }

    private static PairwiseForm Hebbian(HopfieldNetwork network)
    {
        int n = network.N, p = network.P;
        var rows = new sbyte[n][];
        for (int i = 0; i < n; i++)
        {
            rows[i] = new sbyte[p];
            network.Patterns.CopyNeuronRow(i, rows[i]);
        }

        var t = new int[n, n];
        var bonds = new List<(int, int, double)>();
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                int sum = 0;
                for (int mu = 0; mu < p; mu++)
                {
                    sum += rows[i][mu] * rows[j][mu];
                }

                (t[i, j], t[j, i]) = (sum, sum);
                if (sum != 0)
                {
                    bonds.Add((i, j, sum));
                }
            }
        }

        if (network.Coding == NeuronCoding.Spin)
        {
            // H = −½ Σ_{i≠j} J_ij s_i s_j with J = T/N: no field, no constant
            return new PairwiseForm(new BondList(n, bonds), n, 0);
        }

        // V = (1 + s)/2: E = −½ Σ_{i≠j} T_ij V_i V_j + Σ U_i V_i = ¼[−Σ_{i<j} T s s − Σ_i (Σ_j T_ij − 2U_i) s_i] − ⅛ Σ_{i≠j} T + ½ Σ U
        var fields = new double[n];
        double constant = 0;
        for (int i = 0; i < n; i++)
        {
            double row = 0;
            for (int j = 0; j < n; j++)
            {
                row += t[i, j];
            }

            fields[i] = row - (2 * network.Thresholds[i]);
            constant += (-row / 8) + (network.Thresholds[i] / 2);
        }

        return new PairwiseForm(new BondList(n, bonds, fields), 4, constant);
    }

    private void Verify(IEnergyModel model)
    {
        if (model.N != N)
        {
            throw new ArgumentException($"{model.Description} has {model.N} spins but its couplings {N}.", nameof(model));
        }

        var rng = new Xoshiro256StarStar(0x5eed_e4ac7);
        var spins = new sbyte[N];
        for (int probe = 0; probe < Probes; probe++)
        {
            for (int i = 0; i < N; i++)
            {
                spins[i] = rng.NextSpin();
            }

            double expected = model.Energy(spins), actual = Energy(spins);
            if (Math.Abs(expected - actual) > 1e-9 * Math.Max(1, Math.Abs(expected)))
            {
                throw new ArgumentException(
                    $"{model.Description}: its pairwise form gives E = {actual} where the model gives {expected}; exact enumeration needs a pairwise energy.",
                    nameof(model));
            }
        }
    }
}
