using System.Globalization;
using System.Text;
using System.Text.Json;
using SpinGlass.Analysis.Experiments;
using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Output;

/// <summary>Writes <c>summary.json</c> (docs/architecture.md, "The flow of a run"): identity, version, resolved config, timing, points and derived results.</summary>
internal static class SummaryWriter
{
    public static string Format(
        ResolvedConfig config, OutputDeclaration outputs, IReadOnlyList<PointRecord> points, ExperimentOutput output, DateTimeOffset started, DateTimeOffset finished)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("experiment", config.Kind);
            json.WriteString("name", config.Name);
            json.WriteNumber("seed", config.Seed);
            json.WriteString("version", Execution.CodeStamp.Version);
            json.WriteString("engine_family", Execution.CodeStamp.EngineFamily);
            json.WritePropertyName("config");
            WriteValue(json, config.ToTree());
            json.WriteString("started", started.ToString("o", CultureInfo.InvariantCulture));
            json.WriteString("finished", finished.ToString("o", CultureInfo.InvariantCulture));
            json.WriteNumber("elapsed_seconds", Math.Round((finished - started).TotalSeconds, 3));
            json.WriteNumber("points", output.Results.Rows.Count);
            // part → engine → number of points it ran (a point whose trials ran different engines counts for each)
            var engines = new SortedDictionary<string, SortedDictionary<string, long>>(StringComparer.Ordinal);
            foreach (var (part, engine) in points.SelectMany(p => p.Engines).SelectMany(e => e.Value.Split(" | ").Select(v => (e.Key, v))))
            {
                var counts = engines.TryGetValue(part, out var known) ? known : engines[part] = new(StringComparer.Ordinal);
                counts[engine] = counts.GetValueOrDefault(engine) + 1;
            }

            json.WritePropertyName("engines");
            WriteValue(json, engines);
            json.WriteStartArray("columns");
            foreach (var column in outputs.Outputs.Where(o => o.IsColumn))
            {
                json.WriteStartObject();
                json.WriteString("name", column.Name);
                json.WriteString("description", column.Description);
                json.WriteString("combine", column.CombineText);
                if (column.HasError)
                {
                    json.WriteString("error_column", column.ErrorName);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("derived");
            foreach (var (name, value) in output.Derived)
            {
                json.WriteStartObject(name);
                WriteNumber(json, "value", value.Value);
                if (value.Error is double error)
                {
                    WriteNumber(json, "error", error);
                }

                if (value.Reference is double reference)
                {
                    WriteNumber(json, "reference", reference);
                }

                if (value.Source is not null)
                {
                    json.WriteString("source", value.Source);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        WriteValue(json, value);
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case double d when double.IsPositiveInfinity(d):
                json.WriteStringValue(".inf");
                break;
            case double d when !double.IsFinite(d):
                json.WriteNullValue();
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case System.Collections.IDictionary map:
                json.WriteStartObject();
                foreach (System.Collections.DictionaryEntry entry in map)
                {
                    json.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!);
                    WriteValue(json, entry.Value);
                }

                json.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                json.WriteStartArray();
                foreach (object? item in list)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
