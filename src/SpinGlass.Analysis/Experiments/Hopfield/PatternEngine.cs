using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.Hopfield;

/// <summary>How a pattern set is stored, as recorded in <c>summary.json</c>.</summary>
internal static class PatternEngine
{
    public static string Of(PatternSet patterns) => patterns.Layout == PatternLayout.Wide
        ? "int16 neuron-major rows with int16 overlaps (wide)"
        : "bit-packed neuron-major rows with int32 overlaps (packed)";
}
