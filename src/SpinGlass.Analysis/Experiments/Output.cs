using System.Globalization;

namespace SpinGlass.Analysis.Experiments;

/// <summary>
/// One output quantity of an experiment, declared once in its <see cref="OutputSet{TDefinition, TPoint, TTrial}"/>:
/// its name (the <c>results.csv</c> column, and <c>NAME_err</c> beside it when it has an error), what it means and how
/// a point's trials combine into it. Read a point's value with <c>record[output]</c> and its error with
/// <see cref="PointRecord.Error(Output)"/>.
/// </summary>
public sealed class Output
{
    internal Output()
    {
    }

    /// <summary>The name, snake_case: the column header in <c>results.csv</c>.</summary>
    public string Name { get; internal init; } = "";

    /// <summary>One line saying what the quantity is.</summary>
    public string Description { get; internal init; } = "";

    /// <summary>How the point's trials combine into it.</summary>
    public OutputCombine Combine { get; internal init; }

    /// <summary>The type of its cells.</summary>
    public OutputKind Kind { get; internal init; }

    /// <summary>Whether it has a standard error, written as the column <c>NAME_err</c> right after it.</summary>
    public bool HasError { get; internal init; }

    /// <summary>Whether it is written to <c>results.csv</c>; other outputs are kept with the point for the report only.</summary>
    public bool IsColumn { get; internal init; }

    /// <summary>The name of the error column, <c>NAME_err</c>.</summary>
    public string ErrorName => Name + "_err";

    /// <summary>How the combination reads in docs and <c>summary.json</c>, e.g. "mean ± standard error over trials".</summary>
    public string CombineText => Combine switch
    {
        OutputCombine.Coordinate => "point coordinate",
        OutputCombine.Mean => "mean ± standard error over trials",
        OutputCombine.Rate => "fraction of trials ± binomial standard error",
        OutputCombine.Average => "mean over trials",
        OutputCombine.Estimate => "estimate from all trials ± its error",
        OutputCombine.Theory => "theory or exact value at the point",
        OutputCombine.Derived => "derived from the other outputs",
        _ => Combine.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    public override string ToString() => Name;
}
