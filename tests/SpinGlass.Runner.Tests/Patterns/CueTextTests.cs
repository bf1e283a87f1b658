using SpinGlass.Runner.Patterns;

namespace SpinGlass.Runner.Tests.Patterns;

/// <summary>The text of an explicit cue: a grid of '#'/'.' or a ±1 list, with comments, blank lines and positioned errors.</summary>
public sealed class CueTextTests
{
    [Fact]
    public void A_grid_is_read_row_major_with_comments_and_blank_lines_ignored()
    {
        var cue = Parse("# a small cross\n\n.#.\n###\r\n  .#.  \n\n");
        Assert.Equal((3, 3, true), (cue.Width, cue.Height, cue.IsGrid));
        Assert.Equal([-1, 1, -1, 1, 1, 1, -1, 1, -1], cue.Spins);
    }

    [Fact]
    public void A_list_takes_spaces_commas_signs_and_comments_anywhere()
    {
        var cue = Parse("#comment\n1, -1 +1  # three\n\n-1,1\n");
        Assert.False(cue.IsGrid);
        Assert.Equal([1, -1, 1, -1, 1], cue.Spins);
        Assert.Equal((5, 1), (cue.Width, cue.Height));
    }

    [Theory]
    [InlineData("..#\n.x#\n", 2, 2, "'x' is not a grid cell; a grid cell is '#' (+1) or '.' (-1)")]
    [InlineData("# cue\n..#\n.#\n", 3, 1, "the row has 2 cells, the first row 3; all rows must be equally long")]
    [InlineData("1 -1\n  1 0 1\n", 2, 5, "'0' is not a spin; give 1 or -1, separated by spaces or commas (or a grid of '#' and '.')")]
    [InlineData("1 -1\n..#\n", 2, 1, "'..' is not a spin; give 1 or -1, separated by spaces or commas (or a grid of '#' and '.')")]
    [InlineData("# nothing here\n\n", 1, 1, "holds no spins; give rows of '#' (+1) and '.' (-1), or 1 and -1 separated by spaces or commas")]
    public void The_first_problem_has_its_line_and_column(string text, int line, int column, string message)
    {
        Assert.Null(CueText.ParseFile(CueText.Lines(text), out var error));
        Assert.Equal(new CueTextError(line, column, message), error);
    }

    [Fact]
    public void Inline_grid_rows_allow_no_comments_and_no_empty_rows()
    {
        Assert.Equal([1, -1, -1, 1], CueText.ParseGrid(["#.", ".#"], out _)!.Spins);
        Assert.Null(CueText.ParseGrid(["#.", ""], out var error));
        Assert.Equal(new CueTextError(2, 1, "the row is empty; a grid cell is '#' (+1) or '.' (-1)"), error);
        Assert.Null(CueText.ParseGrid(["# x"], out error));
        Assert.Equal((1, 2), (error!.Value.Line, error.Value.Column));
    }

    private static ParsedCue Parse(string text)
    {
        var cue = CueText.ParseFile(CueText.Lines(text), out var error);
        Assert.Null(error);
        return cue!;
    }
}
