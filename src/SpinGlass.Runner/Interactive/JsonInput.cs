using System.Text.Json;

namespace SpinGlass.Runner.Interactive;

/// <summary>Reads the small JSON input files strictly: known keys only, typed values, one-line errors.</summary>
internal static class JsonInput
{
    /// <summary>The largest input file read (64 MiB).</summary>
    public const long MaxBytes = 64L << 20;

    public static string ReadText(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw InputFileException.At(path, "no such file");
            }

            if (info.Length > MaxBytes)
            {
                throw InputFileException.At(path, $"is {info.Length} bytes, at most {MaxBytes} are read");
            }

            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw InputFileException.At(path, $"cannot be read ({e.Message.ReplaceLineEndings(" ")})");
        }
    }

    public static JsonDocument Parse(string text, string file)
    {
        try
        {
            var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw InputFileException.At(file, "must hold one JSON object { … }");
            }

            return document;
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is long line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
            throw InputFileException.At(file, $"is not valid JSON{where}");
        }
    }

    public static void RequireKeys(JsonElement root, string file, params string[] allowed)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                throw InputFileException.At(file, $"unknown key '{property.Name}'; allowed: {string.Join(", ", allowed)}");
            }
        }
    }

    public static void RequireFormat(JsonElement root, string file, string format, int version) => RequireFormat(root, file, format, version, version);

    /// <summary>Checks the format name and that the version is one of <paramref name="oldest"/> … <paramref name="newest"/>; returns it.</summary>
    public static int RequireFormat(JsonElement root, string file, string format, int oldest, int newest)
    {
        string? name = OptionalString(root, "format", file);
        if (name != format)
        {
            throw InputFileException.At(file, $"format must be \"{format}\" (got {(name is null ? "none" : $"\"{name}\"")})");
        }

        int? v = OptionalInt(root, "version", file, 1, int.MaxValue);
        if (v is not int read || read < oldest || read > newest)
        {
            string allowed = oldest == newest ? $"{newest}" : $"{oldest} … {newest}";
            throw InputFileException.At(file, $"version must be {allowed} (got {(v is null ? "none" : v.ToString())}); this SpinGlass reads {format} version {allowed}");
        }

        return read;
    }

    public static string? OptionalString(JsonElement root, string key, string file)
    {
        if (!root.TryGetProperty(key, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw InputFileException.At(file, $"{key} must be a string");
    }

    public static int? OptionalInt(JsonElement root, string key, string file, int min, int max)
    {
        if (!root.TryGetProperty(key, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n) && n >= min && n <= max
            ? n
            : throw InputFileException.At(file, $"{key} must be an integer in {min} … {max}");
    }

    public static double? OptionalReal(JsonElement root, string key, string file)
    {
        if (!root.TryGetProperty(key, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double x) && double.IsFinite(x)
            ? x
            : throw InputFileException.At(file, $"{key} must be a finite number");
    }

    public static bool? OptionalBool(JsonElement root, string key, string file)
    {
        if (!root.TryGetProperty(key, out var value))
        {
            return null;
        }

        return value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw InputFileException.At(file, $"{key} must be true or false");
    }

    public static T Choice<T>(string? word, string key, string file, T fallback, params (string Word, T Value)[] words)
    {
        if (word is null)
        {
            return fallback;
        }

        foreach (var (w, value) in words)
        {
            if (w == word)
            {
                return value;
            }
        }

        throw InputFileException.At(file, $"{key} '{word}' is not one of {string.Join(", ", words.Select(w => w.Word))}");
    }
}
