namespace SpinGlass.Analysis.Theory;

/// <summary>One point of the condensed solution curve at fixed β: overlap, field width, <c>1 − q</c> and load.</summary>
/// <param name="M">Overlap <c>m</c>.</param>
/// <param name="Sigma">Width of the noise field <c>σ = √(αr)</c>.</param>
/// <param name="OneMinusQ"><c>1 − q = ∫Dz sech² β(m + σz)</c>.</param>
/// <param name="Alpha">Load <c>α = σ²(1 − C)²/q</c>, <c>C = β(1 − q)</c>; NaN where <c>C ≥ 1</c>.</param>
internal readonly record struct BranchPoint(double M, double Sigma, double OneMinusQ, double Alpha);
