using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Sampling.Rules;

/// <summary>
/// Metropolis or Glauber acceptance over integer flip costs <c>ΔE = 2k/D</c> (k of one parity) with no <c>exp</c> per
/// update: for each k of a window a threshold <c>t_k</c> on the 53 bits <c>j</c> of the draw, accepting when
/// <c>j &lt; t_k</c>. It makes exactly the decisions and the draws of <see cref="MetropolisAcceptance"/> and
/// <see cref="GlauberAcceptance"/> given <c>ΔE = 2.0 * ((double)k / D)</c>.
/// </summary>
/// <remarks>
/// <para>Exactness: the rules accept when <c>u = j·2⁻⁵³ &lt; P(ΔE)</c> (<c>j</c> the top 53 bits of one 64-bit draw). Scaling by
/// 2⁵³ is exact, so that is <c>j &lt; P·2⁵³</c>, i.e. <c>j &lt; t = ⌈P·2⁵³⌉</c> with P computed by the rule's own code:
/// the same decision for every draw, not merely the same probability. Relative to the ideal probability each decision is
/// off by at most 2⁻⁵³ (the rounding of the threshold up to a multiple of 2⁻⁵³), as the rules' own are.</para>
/// <para>The window holds the k with <c>β|ΔE| ≤ 40</c> (at most 2¹⁷ + 1 of them). Above it <c>P ≤ e⁻⁴⁰ &lt; 2⁻⁵³</c>, so
/// <c>t ≤ 1</c> (1 unless P underflows to 0); below it Glauber's P is 1 in double precision and Metropolis accepts without a
/// draw. Beyond a window cut to 2¹⁷ entries the rule's exact code computes t.</para>
/// </remarks>
internal sealed class IntegerCostThresholds
{
    private const long AcceptWithoutDraw = IFlipCostDecision.AcceptWithoutDraw;
    private const long RejectWithoutDraw = IFlipCostDecision.RejectWithoutDraw;
    private const double TailExponent = 40;
    private const int MaxHalfWidth = 1 << 17;

    private readonly long[] _entries;
    private readonly int _lo;
    private readonly uint _span;
    private readonly bool _glauber;
    private readonly double _beta;
    private readonly int _divisor;
    private readonly bool _tinyAbove;

    /// <summary>The thresholds of <paramref name="rule"/> (Metropolis or Glauber) at β for k ∈ [min, max] in steps of 2.</summary>
    /// <param name="rule">Metropolis or Glauber.</param>
    /// <param name="beta">Inverse temperature β ∈ [0, ∞].</param>
    /// <param name="divisor">D in <c>ΔE = 2k/D</c>.</param>
    /// <param name="min">The least k; every k has its parity.</param>
    /// <param name="max">The greatest k.</param>
    public IntegerCostThresholds(UpdateRule rule, double beta, int divisor, int min, int max)
    {
        (_glauber, _beta, _divisor) = (rule == UpdateRule.Glauber, beta, divisor);
        double halfWidth = TailExponent * divisor / (2 * beta);
        _tinyAbove = halfWidth <= MaxHalfWidth;
        long w = _tinyAbove ? Math.Max(1, (long)Math.Ceiling(halfWidth)) : MaxHalfWidth;
        long lo = min < -w ? min + (2 * ((-w - min + 1) / 2)) : min;
        long hi = max > w ? max - (2 * ((max - w + 1) / 2)) : max;
        _lo = (int)lo;
        _span = (uint)(hi - lo);
        _entries = new long[(_span / 2) + 1];
        for (int e = 0; e < _entries.Length; e++)
        {
            _entries[e] = Entry(_lo + (2 * e));
        }
    }

    private IntegerCostThresholds(IntegerCostThresholds source, long[] entries)
    {
        (_lo, _span, _glauber, _beta, _divisor, _tinyAbove) = (source._lo, source._span, source._glauber, source._beta, source._divisor, source._tinyAbove);
        _entries = entries;
    }

    /// <summary>
    /// The decision for a spin of integer cost <paramref name="k"/> as an <see cref="IFlipCostDecision"/> threshold: t ≥ 0
    /// (draw one word, accept when its top 53 bits are below t) or a no-draw code — the draws and decisions of the rule.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Threshold(int k)
    {
        uint offset = (uint)(k - _lo);
        return offset <= _span ? Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_entries), (nint)(offset >> 1)) : ThresholdOutside(k);
    }

    /// <summary>
    /// The window: entry e is the threshold of <c>k = Lo + 2e</c> for <c>k − Lo ∈ [0, Span]</c> (compared as unsigned);
    /// <see cref="Threshold(int)"/> answers every other k.
    /// </summary>
    internal (long[] Entries, int Lo, uint Span) Window => (_entries, _lo, _span);

    /// <summary>
    /// A deliberately wrong table for tests: entry e holds the threshold of entry e + <paramref name="shift"/> (an
    /// off-by-one cost index), the last ones repeated.
    /// </summary>
    internal IntegerCostThresholds WithIndexShiftedBy(int shift)
    {
        var entries = new long[_entries.Length];
        for (int e = 0; e < entries.Length; e++)
        {
            entries[e] = _entries[Math.Clamp(e + shift, 0, entries.Length - 1)];
        }

        return new IntegerCostThresholds(this, entries);
    }

    /// <summary>The number of j ∈ [0, 2⁵³) with <c>j·2⁻⁵³ &lt; P</c>, or a no-draw code where the rule draws nothing.</summary>
    private long Entry(int k)
    {
        double cost = Cost(k);
        if (_glauber)
        {
            return Threshold(GlauberAcceptance.Probability(cost, _beta));
        }

        return cost <= 0 ? AcceptWithoutDraw : double.IsPositiveInfinity(_beta) ? RejectWithoutDraw : Threshold(MetropolisAcceptance.Probability(cost, _beta));
    }

    private static long Threshold(double probability) => (long)Math.Ceiling(probability * (1UL << 53));

    private double Cost(int k) => 2.0 * ((double)k / _divisor);

    /// <summary>
    /// Outside the window, without <c>exp</c> where the window's bound decides: above it (β ΔE &gt; 40) the probability lies in
    /// (0, e⁻⁴⁰] up to β ΔE = 700, so <c>t = 1</c>, and is 0 in both rules from β ΔE = 746 (exp under/overflows); below it
    /// Glauber's <c>1/(1 + e^{βΔE})</c> is 1 in double precision (<c>e^{βΔE} &lt; 2⁻⁵³</c>), so <c>t = 2⁵³</c>, and
    /// Metropolis accepts without a draw. Elsewhere (the band 700–746, a window cut to 2¹⁷ entries, Metropolis at β = ∞) the
    /// rule's own code.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private long ThresholdOutside(int k)
    {
        if (_tinyAbove && (_glauber || !double.IsPositiveInfinity(_beta)))
        {
            if (k < _lo)
            {
                return _glauber ? 1L << 53 : AcceptWithoutDraw;
            }

            double exponent = _beta * Cost(k);
            if (exponent <= 700)
            {
                return 1;
            }

            if (exponent >= 746)
            {
                return 0;
            }
        }

        return Entry(k);
    }
}
