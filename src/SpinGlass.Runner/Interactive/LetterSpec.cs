using System.Text;
using SpinGlass.Models.Hopfield.Letters;

namespace SpinGlass.Runner.Interactive;

/// <summary>
/// A set of built-in letters as people write it — a range <c>A-G</c>, a list <c>ACEX</c>, or both <c>A-C,X</c> (commas, spaces or
/// semicolons between parts; case-insensitive) — read exactly as the lab's letters box reads it. Repeats are kept once.
/// </summary>
public static class LetterSpec
{
    /// <summary>The letters, in order of first mention, upper case; a bad spec throws an <see cref="InputFileException"/> naming <paramref name="option"/>.</summary>
    public static string Parse(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var letters = new StringBuilder();
        foreach (string part in text.ToUpperInvariant().Replace('–', '-').Replace('—', '-').Split([' ', ',', ';', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length == 3 && part[1] == '-' && char.IsAsciiLetterUpper(part[0]) && char.IsAsciiLetterUpper(part[2]))
            {
                if (part[0] > part[2])
                {
                    throw new InputFileException($"{option}: the range {part} runs backwards");
                }

                for (char c = part[0]; c <= part[2]; c++)
                {
                    letters.Append(c);
                }
            }
            else if (part.All(char.IsAsciiLetterUpper))
            {
                letters.Append(part);
            }
            else
            {
                throw new InputFileException($"{option}: '{part}' is neither a range like A-G nor a list of letters");
            }
        }

        string unique = string.Concat(letters.ToString().Distinct());
        if (unique.Length == 0)
        {
            throw new InputFileException($"{option}: name at least one letter, e.g. A-Z");
        }

        if (unique.FirstOrDefault(c => !LetterPatterns.Contains(c)) is var missing and not '\0')
        {
            throw new InputFileException($"{option}: there is no built-in letter '{missing}'; available: {LetterPatterns.Available}");
        }

        return unique;
    }
}
