namespace SpinGlass.Sampling.Statistics;

/// <summary>A Monte Carlo estimate <c>Mean ± Error</c>, the error being one standard deviation of the estimator.</summary>
/// <param name="Mean">The estimate of the expectation value, e.g. <c>⟨e⟩</c>, <c>C</c>, <c>χ</c> or a success rate.</param>
/// <param name="Error">
/// The standard error (one σ) of <paramref name="Mean"/>; <see cref="double.NaN"/> when the data cannot determine it
/// (fewer than two samples or bins).
/// </param>
public readonly record struct Estimate(double Mean, double Error);
