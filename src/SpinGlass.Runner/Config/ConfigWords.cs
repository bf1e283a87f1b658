using System.Text;

namespace SpinGlass.Runner.Config;

/// <summary>The config words of enum values: kebab-case of the member name (<c>ZeroTemperature</c> → <c>zero-temperature</c>).</summary>
public static class ConfigWords
{
    /// <summary>The word of <paramref name="value"/>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var word = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                word.Append('-');
            }

            word.Append(char.ToLowerInvariant(name[i]));
        }

        return word.ToString();
    }
}
