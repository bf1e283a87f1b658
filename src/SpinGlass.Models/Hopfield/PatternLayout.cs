namespace SpinGlass.Models.Hopfield;

/// <summary>How a <see cref="PatternSet"/> stores its patterns for the O(p) field and flip kernels.</summary>
public enum PatternLayout
{
    /// <summary>
    /// Neuron-major int16 rows padded to a multiple of 32 (with int16 overlaps, <c>|M_μ| ≤ N &lt; 2¹⁵</c>), plus a
    /// pattern-major int8 copy: <c>3·N·p</c> bytes or a little more (and <c>N·p</c> more for int8 neuron rows, built
    /// only if asked for). The fastest layout while the
    /// rows fit in cache; needs <c>N ≤ 32767</c>.
    /// </summary>
    Wide,

    /// <summary>
    /// Neuron-major rows of one bit per pattern (bit set ⇔ <c>ξ = +1</c>) with int32 overlaps: <c>N·⌈p/64⌉·8</c>
    /// bytes, 1/32 of <see cref="Wide"/>. Used for large networks; pattern and int8 row views are materialised on
    /// request.
    /// </summary>
    Packed,
}
