using SpinGlass.Models;

namespace SpinGlass.Analysis.Tests.Exact;

/// <summary>A test-local energy model defined by a plain function; its state recomputes the energy after every flip.</summary>
internal sealed class FunctionModel(int n, Func<sbyte[], double> energy, string description = "function model") : IEnergyModel
{
    public int N => n;

    public string Description => description;

    public double Energy(ReadOnlySpan<sbyte> spins) => energy(spins.ToArray());

    public IEnergyState CreateState(ReadOnlySpan<sbyte> spins) => new State(this, spins);

    /// <summary>The periodic <c>rows × columns</c> Ising torus, site <c>(r, c)</c> at index <c>r·columns + c</c>.</summary>
    public static FunctionModel Torus(int rows, int columns, double j = 1.0) => new(rows * columns, s =>
    {
        double bonds = 0;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                int site = r * columns + c;
                bonds += s[site] * (s[r * columns + (c + 1) % columns] + s[(r + 1) % rows * columns + c]);
            }
        }

        return -j * bonds;
    }, $"torus {rows}x{columns}");

    private sealed class State(FunctionModel model, ReadOnlySpan<sbyte> spins) : IEnergyState
    {
        private readonly sbyte[] _spins = spins.ToArray();

        public int N => _spins.Length;

        public ReadOnlySpan<sbyte> Spins => _spins;

        public double Energy => model.Energy(_spins);

        public double LocalField(int i) => throw new NotSupportedException();

        public double FlipCost(int i)
        {
            double before = Energy;
            _spins[i] = (sbyte)-_spins[i];
            double after = Energy;
            _spins[i] = (sbyte)-_spins[i];
            return after - before;
        }

        public void Flip(int i) => _spins[i] = (sbyte)-_spins[i];

        public void SetSpins(ReadOnlySpan<sbyte> spins) => spins.CopyTo(_spins);
    }
}
