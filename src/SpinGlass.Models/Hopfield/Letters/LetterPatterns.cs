using System.Collections.Frozen;

namespace SpinGlass.Models.Hopfield.Letters;

/// <summary>
/// The built-in capitals A–Z as <c>10×10</c> bitmaps, stored row-major: pixel <c>(row, col)</c> is neuron
/// <c>i = 10·row + col</c>, with <c>ξ_i = +1</c> on (ink) and <c>ξ_i = −1</c> off (paper).
/// </summary>
/// <remarks>
/// The bitmaps are readable data, the embedded resource <c>Hopfield/Letters/letters.txt</c>: a header line
/// with the letter, then 10 rows of 10 characters, <c>#</c> on and <c>.</c> off. Strokes are two pixels wide,
/// so the letters survive moderate noise. A–E, the classic demonstration of associative recall (Hopfield,
/// PNAS 79, 2554 (1982)), are placed in the box so that their overlaps stay small,
/// <c>|m_μν| = |(1/N) Σ_i ξ^μ_i ξ^ν_i| ≤ 0.4</c>: centred, they share stems and bars (<c>m</c> up to 0.7) and the
/// crosstalk <c>Σ_{ν≠μ} ξ^ν_i m_νμ</c> destabilises even the stored letters; placed so, each is a fixed point
/// of the Hebbian network at <c>T = 0</c>. The other letters are centred and strongly correlated.
/// </remarks>
public static class LetterPatterns
{
    /// <summary>Width of a letter in pixels.</summary>
    public const int Width = 10;

    /// <summary>Height of a letter in pixels.</summary>
    public const int Height = 10;

    private const string ResourceName = "SpinGlass.Models.Hopfield.Letters.letters.txt";

    private static readonly FrozenDictionary<char, sbyte[]> Bitmaps = Load();

    /// <summary>The available letters in order, <c>"ABCDEFGHIJKLMNOPQRSTUVWXYZ"</c>.</summary>
    public static string Available { get; } = string.Concat(Bitmaps.Keys.Order());

    /// <summary>Whether <paramref name="letter"/> (case-insensitive) has a bitmap.</summary>
    public static bool Contains(char letter) => Bitmaps.ContainsKey(char.ToUpperInvariant(letter));

    /// <summary>The <c>N = 100</c> pixels <c>ξ_i = ±1</c> of one letter (case-insensitive), row-major.</summary>
    /// <exception cref="ArgumentException">The letter is not available.</exception>
    public static ReadOnlySpan<sbyte> Letter(char letter) =>
        Bitmaps.TryGetValue(char.ToUpperInvariant(letter), out var pixels)
            ? pixels
            : throw new ArgumentException(Unknown(letter), nameof(letter));

    /// <summary>
    /// The letters of <paramref name="letters"/> (e.g. <c>"ABCDE"</c>, case-insensitive, repeats allowed) as
    /// patterns <c>ξ^μ</c>, <c>μ</c> in string order, over <c>N = Width·Height = 100</c> neurons.
    /// </summary>
    /// <exception cref="ArgumentException">The string is empty or names a letter that is not available.</exception>
    public static PatternSet Create(string letters)
    {
        ArgumentNullException.ThrowIfNull(letters);
        if (letters.Length == 0)
        {
            throw new ArgumentException($"Name at least one letter; available: {Available}.", nameof(letters));
        }

        const int n = Width * Height;
        var data = new sbyte[letters.Length * n];
        for (int mu = 0; mu < letters.Length; mu++)
        {
            if (!Bitmaps.TryGetValue(char.ToUpperInvariant(letters[mu]), out var pixels))
            {
                throw new ArgumentException(Unknown(letters[mu]), nameof(letters));
            }

            pixels.CopyTo(data, mu * n);
        }

        return new PatternSet(n, data);
    }

    private static string Unknown(char letter) =>
        $"There is no built-in letter '{letter}'; available (case-insensitive): {Available}.";

    private static FrozenDictionary<char, sbyte[]> Load()
    {
        using var stream = typeof(LetterPatterns).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return LetterBitmapParser.Parse(reader, Width, Height).ToFrozenDictionary();
    }
}
