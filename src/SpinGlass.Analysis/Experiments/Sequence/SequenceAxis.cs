namespace SpinGlass.Analysis.Experiments.Sequence;

/// <summary>A swept quantity a chart may put on its horizontal axis.</summary>
/// <param name="Output">The output that holds it.</param>
/// <param name="Title">Its axis title.</param>
internal sealed record SequenceAxis(Output Output, string Title)
{
    /// <summary>Its column name.</summary>
    public string Name => Output.Name;

    /// <summary>Its value at a point.</summary>
    public double Value(PointRecord point) => point[Output];
}
