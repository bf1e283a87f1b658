namespace SpinGlass.Analysis.Experiments;

/// <summary>
/// A named structured value kept with a point for the report (traces, histograms, example images): never a column, but
/// saved with the point so that a resumed run reports exactly what a fresh one would.
/// </summary>
/// <typeparam name="T">The value's type (serialisable by System.Text.Json).</typeparam>
public sealed class PayloadKey<T>
{
    internal PayloadKey(string name, string description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The name under which it is saved.</summary>
    public string Name { get; }

    /// <summary>What it holds.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
