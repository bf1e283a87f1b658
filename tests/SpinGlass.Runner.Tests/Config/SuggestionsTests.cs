using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Tests.Config;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("modle", "model", 1)]
    [InlineData("latice", "lattice", 1)]
    [InlineData("t", "T", 0)]
    [InlineData("trails", "trials", 1)]
    [InlineData("seed", "noise", 5)]
    public void Distance_counts_edits_ignoring_case_with_swaps_as_one(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestions.Distance(a, b));
    }

    [Fact]
    public void Only_a_close_candidate_is_suggested()
    {
        Assert.Equal(" (did you mean 'trials'?)", Suggestions.DidYouMean("trails", ["seed", "trials", "T"]));
        Assert.Equal("", Suggestions.DidYouMean("temperature", ["seed", "trials", "T"]));
    }
}
