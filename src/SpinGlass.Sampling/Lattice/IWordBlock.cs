namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// Eight 64-bit words processed as one unit: 512 multispin-coded lanes. One implementation per vector width,
/// so the same kernel (and the same random lanes) runs as one <c>Vector512</c> or as two <c>Vector256</c>.
/// </summary>
/// <typeparam name="TSelf">The implementing struct.</typeparam>
internal interface IWordBlock<TSelf>
    where TSelf : struct, IWordBlock<TSelf>
{
    /// <summary>Words per block.</summary>
    const int Words = 8;

    static abstract bool IsSupported { get; }

    static abstract TSelf Zero { get; }

    static abstract TSelf Load(ref ulong source, nint offset);

    static abstract void Store(TSelf value, ref ulong destination, nint offset);

    static abstract TSelf Broadcast(ulong value);

    static abstract TSelf Xor(TSelf left, TSelf right);

    static abstract TSelf And(TSelf left, TSelf right);

    static abstract TSelf Or(TSelf left, TSelf right);

    /// <summary><c>left &amp; ~right</c>.</summary>
    static abstract TSelf AndNot(TSelf left, TSelf right);

    static abstract TSelf Not(TSelf value);

    static abstract TSelf Add(TSelf left, TSelf right);

    static abstract TSelf ShiftLeft(TSelf value, int count);

    static abstract TSelf ShiftRight(TSelf value, int count);

    static abstract TSelf RotateLeft(TSelf value, byte count);

    /// <summary><c>a &amp; ~(b ^ c)</c>: keeps the lanes of a where b and c agree.</summary>
    static abstract TSelf AndNotXor(TSelf a, TSelf b, TSelf c);

    /// <summary><c>a | (b &amp; ~c)</c>.</summary>
    static abstract TSelf OrAndNot(TSelf a, TSelf b, TSelf c);

    /// <summary><c>a | (b &amp; c)</c>.</summary>
    static abstract TSelf OrAnd(TSelf a, TSelf b, TSelf c);

    /// <summary><c>a ^ b ^ c</c>.</summary>
    static abstract TSelf Xor3(TSelf a, TSelf b, TSelf c);

    /// <summary>The bitwise majority of a, b and c: <c>(a &amp; b) | (a &amp; c) | (b &amp; c)</c> (the carry of a full adder).</summary>
    static abstract TSelf Majority(TSelf a, TSelf b, TSelf c);

    /// <summary><c>(s ^ a) &amp; (s ^ b)</c>: where both a and b differ from s.</summary>
    static abstract TSelf BothDiffer(TSelf s, TSelf a, TSelf b);

    /// <summary><c>(s ^ a) | (s ^ b)</c>: where a or b differs from s.</summary>
    static abstract TSelf AnyDiffers(TSelf s, TSelf a, TSelf b);

    /// <summary>Bitwise <c>mask ? a : b</c>.</summary>
    static abstract TSelf Select(TSelf mask, TSelf a, TSelf b);

    /// <summary>Bitwise <c>mask ? ~a : b</c>.</summary>
    static abstract TSelf SelectNot(TSelf mask, TSelf a, TSelf b);

    /// <summary>The words shifted up by one place: <c>[previous₇, current₀, …, current₆]</c>.</summary>
    static abstract TSelf PreviousWords(TSelf current, TSelf previous);

    /// <summary>The words shifted down by one place: <c>[current₁, …, current₇, next₀]</c>.</summary>
    static abstract TSelf NextWords(TSelf current, TSelf next);

    static abstract bool IsZero(TSelf value);

    /// <summary>The number of set bits of each word.</summary>
    static abstract TSelf PopCount(TSelf value);

    /// <summary>The sum of the eight words.</summary>
    static abstract ulong Sum(TSelf value);
}
