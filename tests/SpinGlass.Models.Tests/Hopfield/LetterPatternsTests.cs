using System.Globalization;
using System.Text;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Hopfield.Letters;
using Xunit.Abstractions;

namespace SpinGlass.Models.Tests.Hopfield;

public sealed class LetterPatternsTests(ITestOutputHelper output)
{
    [Fact]
    public void All_26_capitals_are_available_as_100_pixels_of_plus_or_minus_one()
    {
        Assert.Equal("ABCDEFGHIJKLMNOPQRSTUVWXYZ", LetterPatterns.Available);
        var all = LetterPatterns.Create(LetterPatterns.Available);
        Assert.Equal(LetterPatterns.Width * LetterPatterns.Height, all.N);
        Assert.Equal(26, all.P);
        for (int mu = 0; mu < all.P; mu++)
        {
            int on = 0;
            foreach (sbyte x in all.Pattern(mu))
            {
                Assert.True(x is 1 or -1);
                on += x > 0 ? 1 : 0;
            }

            Assert.InRange(on, 25, 75);
        }
    }

    [Fact]
    public void Letters_A_to_E_have_pairwise_overlaps_below_0_8()
    {
        var patterns = LetterPatterns.Create("ABCDE");
        var table = new StringBuilder("    A      B      C      D      E\n");
        for (int mu = 0; mu < patterns.P; mu++)
        {
            table.Append("ABCDE"[mu]);
            for (int nu = 0; nu < patterns.P; nu++)
            {
                double m = Cues.Overlap(patterns.Pattern(mu), patterns.Pattern(nu));
                table.Append(CultureInfo.InvariantCulture, $" {m,6:+0.00;-0.00}");
                if (mu != nu)
                {
                    Assert.InRange(Math.Abs(m), 0, 0.4 + 1e-12);
                }
            }

            table.AppendLine();
        }

        output.WriteLine(table.ToString());
    }

    [Fact]
    public void Letters_A_to_E_are_fixed_points_of_the_Hebbian_network_at_zero_temperature()
    {
        var network = new HopfieldNetwork(LetterPatterns.Create("ABCDE"));
        for (int mu = 0; mu < network.P; mu++)
        {
            var state = network.CreateState(network.Patterns.Pattern(mu));
            for (int i = 0; i < network.N; i++)
            {
                Assert.True(state.FlipCost(i) > 0, $"letter {"ABCDE"[mu]}, pixel {i}: flip cost {state.FlipCost(i)}");
            }
        }
    }

    [Fact]
    public void Create_is_case_insensitive_and_keeps_the_order_of_the_string()
    {
        var patterns = LetterPatterns.Create("bAb");
        Assert.Equal(3, patterns.P);
        Assert.True(patterns.Pattern(0).SequenceEqual(LetterPatterns.Letter('B')));
        Assert.True(patterns.Pattern(1).SequenceEqual(LetterPatterns.Letter('a')));
        Assert.True(patterns.Pattern(2).SequenceEqual(patterns.Pattern(0)));
    }

    [Fact]
    public void The_letter_T_has_a_full_top_bar_and_a_centred_stem()
    {
        var t = LetterPatterns.Letter('T');
        for (int col = 0; col < LetterPatterns.Width; col++)
        {
            Assert.Equal(1, t[col]);
            Assert.Equal(col is 4 or 5 ? 1 : -1, t[9 * LetterPatterns.Width + col]);
        }
    }

    [Theory]
    [InlineData("AB1")]
    [InlineData("A B")]
    [InlineData("")]
    public void Unknown_letters_are_rejected_with_the_list_of_available_ones(string letters)
    {
        var error = Assert.Throws<ArgumentException>(() => LetterPatterns.Create(letters));
        Assert.Contains("ABCDEFGHIJKLMNOPQRSTUVWXYZ", error.Message, StringComparison.Ordinal);
        Assert.False(LetterPatterns.Contains('1'));
        Assert.Throws<ArgumentException>(() => LetterPatterns.Letter('?').Length);
    }
}
