using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.Retrieval;

/// <summary>
/// An explicit retrieval cue: fixed spins every trial starts from (plus round(noise·N) random flips of its own per
/// trial), scored against one stored pattern.
/// </summary>
/// <param name="Spins">The cue <c>s_i = ±1</c>, N entries.</param>
/// <param name="Target">Index of the pattern recall is scored against.</param>
/// <param name="Nearest">Whether <paramref name="Target"/> is the stored pattern nearest the cue (not given).</param>
public sealed record GivenCue(sbyte[] Spins, int Target, bool Nearest)
{
    /// <summary>The stored pattern with the largest overlap <c>Σ_i ξ^μ_i s_i</c> with <paramref name="cue"/>; ties go to the lowest index.</summary>
    public static int NearestPattern(PatternSet patterns, ReadOnlySpan<sbyte> cue)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        int best = 0;
        for (int mu = 1; mu < patterns.P; mu++)
        {
            if (patterns.Overlap(mu, cue) > patterns.Overlap(best, cue))
            {
                best = mu;
            }
        }

        return best;
    }
}
