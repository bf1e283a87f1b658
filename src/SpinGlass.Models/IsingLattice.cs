using SpinGlass.Models.Capabilities;

namespace SpinGlass.Models;

/// <summary>
/// The nearest-neighbour Ising model on a periodic hypercubic lattice,
/// <c>H = −J Σ_⟨ij⟩ s_i s_j − h Σ_i s_i</c>, with local field <c>h_i = J Σ_{j∈∂i} s_j + h</c>.
/// </summary>
/// <remarks>
/// Bonds follow the neighbour table: every site has <c>z = 2d</c> neighbours (+1 and −1 along each axis,
/// wrapped), and each bond is counted once. For <c>L = 2</c> the two neighbours along an axis coincide and
/// the pair is coupled twice; for <c>L = 1</c> a site is its own neighbour (a constant energy). The bond
/// sum and magnetisation are tracked as integers, so the energy is exact.
/// </remarks>
public sealed class IsingLattice : IEnergyModel, ILatticeGeometry
{
    private readonly int[] _neighbours;

    /// <summary>Creates the lattice.</summary>
    /// <param name="kind">Chain, square or cubic.</param>
    /// <param name="l">Side length <c>L ≥ 2</c>.</param>
    /// <param name="j">Coupling <c>J</c> (ferromagnetic for J &gt; 0). The default is 1.</param>
    /// <param name="h">Uniform external field <c>h</c>. The default is 0.</param>
    public IsingLattice(LatticeKind kind, int l, double j = 1.0, double h = 0.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(l, 2);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown lattice kind.");
        }

        Kind = kind;
        L = l;
        J = j;
        H = h;
        Dimension = (int)kind;
        N = checked((int)Math.Pow(l, Dimension));
        Coordination = 2 * Dimension;
        _neighbours = BuildNeighbours(l, Dimension);
    }

    /// <summary>The lattice kind.</summary>
    public LatticeKind Kind { get; }

    /// <summary>Side length <c>L</c>.</summary>
    public int L { get; }

    /// <summary>Coupling <c>J</c>.</summary>
    public double J { get; }

    /// <summary>External field <c>h</c>.</summary>
    public double H { get; }

    /// <summary>Spatial dimension <c>d</c> (1, 2 or 3).</summary>
    public int Dimension { get; }

    /// <summary>Coordination number <c>z = 2d</c>.</summary>
    public int Coordination { get; }

    /// <inheritdoc />
    public int N { get; }

    /// <inheritdoc />
    public string Description => $"ising {Kind.ToString().ToLowerInvariant()} L={L} J={J} h={H}";

    /// <summary>The neighbour table: the <c>z</c> neighbours of site <c>i</c> are at <c>[i·z, (i+1)·z)</c>.</summary>
    public ReadOnlySpan<int> Neighbours => _neighbours;

    /// <inheritdoc />
    public double Energy(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, N);
        long bonds = 0, magnetisation = 0;
        for (int i = 0; i < N; i++)
        {
            bonds += spins[i] * NeighbourSum(spins, i);
            magnetisation += spins[i];
        }

        return EnergyOf(bonds / 2, magnetisation);
    }

    /// <inheritdoc />
    public IEnergyState CreateState(ReadOnlySpan<sbyte> spins) => new IsingLatticeState(this, spins);

    internal double EnergyOf(long bonds, long magnetisation) => -J * bonds - H * magnetisation;

    internal int NeighbourSum(ReadOnlySpan<sbyte> spins, int i)
    {
        int z = Coordination, sum = 0;
        for (int k = i * z, end = k + z; k < end; k++)
        {
            sum += spins[_neighbours[k]];
        }

        return sum;
    }

    private static int[] BuildNeighbours(int l, int d)
    {
        int n = (int)Math.Pow(l, d), z = 2 * d;
        var table = new int[n * z];
        for (int i = 0; i < n; i++)
        {
            int stride = 1;
            for (int axis = 0; axis < d; axis++)
            {
                int coordinate = i / stride % l;
                int baseIndex = i - coordinate * stride;
                table[i * z + 2 * axis] = baseIndex + (coordinate + 1) % l * stride;
                table[i * z + 2 * axis + 1] = baseIndex + (coordinate + l - 1) % l * stride;
                stride *= l;
            }
        }

        return table;
    }
}
