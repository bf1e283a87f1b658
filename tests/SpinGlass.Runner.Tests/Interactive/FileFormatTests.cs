using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Interactive;

namespace SpinGlass.Runner.Tests.Interactive;

public sealed class FileFormatTests
{
    private static readonly sbyte[] A = [1, -1, 1, 1, -1, -1];
    private static readonly sbyte[] B = [-1, -1, 1, -1, 1, 1];

    public static TheoryData<NetworkFile> Networks => new()
    {
        new NetworkFile(NetworkKind.Classical, NeuronCoding.Spin, Interaction.Polynomial, 3, 1, 0, 0, [A, B], null),
        new NetworkFile(NetworkKind.Classical, NeuronCoding.Binary, Interaction.Polynomial, 3, 1, 3, 2, [A, B], null),
        new NetworkFile(NetworkKind.Dense, NeuronCoding.Spin, Interaction.RectifiedPolynomial, 4, 1, 2, 3, [A, B], null),
        new NetworkFile(NetworkKind.Dense, NeuronCoding.Spin, Interaction.Exponential, 3, 0.25, 0, 0, [A, B], null),
        new NetworkFile(NetworkKind.Modern, NeuronCoding.Spin, Interaction.Polynomial, 3, 2.5, 0, 0, [A, B], null),
    };

    [Theory]
    [MemberData(nameof(Networks))]
    public void A_network_written_and_read_back_is_the_same_network(NetworkFile network)
    {
        var back = NetworkFile.Parse(network.ToJson(), "network.json");

        Assert.Equal(network.ToJson(), back.ToJson());
        Assert.Equal((network.Kind, network.Neurons, network.Width, network.Height, network.Beta), (back.Kind, back.Neurons, back.Width, back.Height, back.Beta));
        Assert.Equal(network.Patterns, back.Patterns);
    }

    [Fact]
    public void Letters_round_trip_as_letters_and_give_the_built_in_10_by_10_bitmaps()
    {
        var network = NetworkFile.Parse("""{"format": "spinglass-network", "version": 1, "kind": "dense", "n": 3, "letters": "abc"}""", "n.json");

        Assert.Equal("ABC", network.Letters);
        Assert.Equal((10, 10, 100), (network.Width, network.Height, network.N));
        Assert.Equal(Models.Hopfield.Letters.LetterPatterns.Letter('B').ToArray(), network.Patterns[1]);
        Assert.Equal(network.ToJson(), NetworkFile.Parse(network.ToJson(), "n.json").ToJson());
        Assert.Equal(["m_A", "m_B", "m_C"], NetworkModel.Build(network).OverlapNames);
    }

    [Fact]
    public void States_round_trip_as_lists_grids_and_real_values()
    {
        foreach (var state in new[] { StateFile.OfSpins(A), StateFile.OfSpins(B, 3, 2), StateFile.OfValues([0.5, -1.25, 3e-7]) })
        {
            var back = StateFile.Parse(state.ToJson(), "state.json");
            Assert.Equal(state.ToJson(), back.ToJson());
            Assert.Equal(state.Spins, back.Spins);
            Assert.Equal(state.Values, back.Values);
            Assert.Equal((state.Width, state.Height), (back.Width, back.Height));
        }
    }

    [Fact]
    public void A_grid_reads_hash_as_plus_one_and_dot_as_minus_one_row_major()
    {
        var state = StateFile.Parse("""{"format": "spinglass-state", "version": 1, "grid": ["#.#", "##."]}""", "s.json");

        Assert.Equal(new sbyte[] { 1, -1, 1, 1, 1, -1 }, state.Spins);
        Assert.Equal((3, 2), (state.Width, state.Height));
    }
}
