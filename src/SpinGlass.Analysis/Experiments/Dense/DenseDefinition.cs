using SpinGlass.Analysis.Experiments.Retrieval;

namespace SpinGlass.Analysis.Experiments.Dense;

/// <summary>
/// The <c>dense</c> experiment: store K patterns — random ones, fresh per trial, or fixed images (letters, pictures) — in
/// a dense associative memory <c>E = −Σ_μ F(ξ^μ·s)</c>, measure the per-bit error of one update at the cued pattern,
/// then recall it from itself or from a cue with a fraction of its bits flipped. Random patterns cue ξ¹; fixed images
/// are cycled through, trial k cueing image k mod K (as in <see cref="RetrievalDefinition"/>).
/// </summary>
/// <param name="Points">The (N, interaction, n, β of F, K, noise, T) points in output order.</param>
/// <param name="Dynamics">The recall dynamics (rows order with the images' width as its row width).</param>
/// <param name="Trials">Pattern sets (random patterns) or cues (fixed images) per point.</param>
/// <param name="Images">The fixed images, or null for random patterns. The default is null.</param>
public sealed record DenseDefinition(IReadOnlyList<DensePoint> Points, ChainProtocol Dynamics, int Trials, StoredImages? Images = null);
