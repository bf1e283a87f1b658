using System.Text.Json;
using System.Text.Json.Nodes;
using SpinGlass.Models.Couplings;

namespace SpinGlass.Runner.Interactive;

/// <summary>
/// A classical network given by its couplings instead of stored patterns (couplings learned elsewhere):
/// <c>E = −½ Σ_{i≠j} J_ij s_i s_j − Σ_i b_i s_i</c>, run as a <see cref="CouplingMatrixModel"/>.
/// </summary>
/// <param name="Matrix">The symmetric couplings <c>J_ij</c>, zero diagonal.</param>
/// <param name="Fields">The site fields <c>b_i</c>, or null for none.</param>
public sealed record ExplicitCouplings(CouplingMatrix Matrix, IReadOnlyList<double>? Fields = null)
{
    /// <summary>The largest number of couplings N² accepted (N ≤ 4096; 128 MiB as doubles).</summary>
    public const long MaxCouplings = 4096L * 4096;

    /// <summary>The number of neurons.</summary>
    public int N => Matrix.N;

    /// <summary>The model: <see cref="CouplingMatrixModel"/> named "couplings".</summary>
    public CouplingMatrixModel Build() => new(Matrix, Fields is null ? default : Fields.ToArray(), "couplings");

    /// <summary>
    /// Reads <c>couplings</c> (N rows of N finite numbers, symmetric, zero diagonal) and the optional <c>fields</c> (N finite numbers);
    /// errors are one-line <see cref="InputFileException"/>s naming <paramref name="file"/> and the entry.
    /// </summary>
    internal static ExplicitCouplings Read(JsonElement root, string file)
    {
        var rows = root.GetProperty("couplings");
        int n = rows.ValueKind == JsonValueKind.Array ? rows.GetArrayLength() : 0;
        if (n == 0)
        {
            throw InputFileException.At(file, "couplings must be a non-empty list of rows, a symmetric N×N matrix of numbers");
        }

        if ((long)n * n > MaxCouplings)
        {
            throw InputFileException.At(file, $"too large: {n}×{n} couplings; at most {MaxCouplings} (N ≤ {(int)Math.Sqrt(MaxCouplings)})");
        }

        var values = new double[n * n];
        int i = 0;
        foreach (var row in rows.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() != n)
            {
                throw InputFileException.At(file, $"couplings[{i}] must be a row of {n} numbers (the matrix is N×N with N = {n} rows)");
            }

            int j = 0;
            foreach (var entry in row.EnumerateArray())
            {
                values[i * n + j] = Finite(entry, file, $"couplings[{i}][{j}]");
                j++;
            }

            i++;
        }

        for (i = 0; i < n; i++)
        {
            if (values[i * n + i] != 0)
            {
                throw InputFileException.At(file, $"couplings[{i}][{i}] is {Text(values[i * n + i])}; the diagonal must be 0 (a self-coupling J_ii s_i² is a constant of the energy)");
            }

            for (int j = i + 1; j < n; j++)
            {
                if (values[i * n + j] != values[j * n + i])
                {
                    throw InputFileException.At(file,
                        $"the couplings are asymmetric: couplings[{i}][{j}] = {Text(values[i * n + j])} but couplings[{j}][{i}] = {Text(values[j * n + i])}; a network with an energy needs J_ij = J_ji");
                }
            }
        }

        return new ExplicitCouplings(new CouplingMatrix(n, values), ReadFields(root, file, n));
    }

    /// <summary>The couplings and fields as JSON rows.</summary>
    internal void Write(JsonObject root)
    {
        var rows = new JsonArray();
        for (int i = 0; i < N; i++)
        {
            var row = new double[Matrix.N];
            Matrix.CopyRow(i, row);
            rows.Add(Numbers(row));
        }

        root["couplings"] = rows;
        if (Fields is not null)
        {
            root["fields"] = Numbers(Fields);
        }
    }

    private static double[]? ReadFields(JsonElement root, string file, int n)
    {
        if (!root.TryGetProperty("fields", out var fields))
        {
            return null;
        }

        if (fields.ValueKind != JsonValueKind.Array || fields.GetArrayLength() != n)
        {
            throw InputFileException.At(file, $"fields must be a list of {n} numbers, the site field b_i of each neuron");
        }

        var values = new double[n];
        int i = 0;
        foreach (var entry in fields.EnumerateArray())
        {
            values[i] = Finite(entry, file, $"fields[{i}]");
            i++;
        }

        return values;
    }

    private static double Finite(JsonElement entry, string file, string where) =>
        entry.ValueKind == JsonValueKind.Number && entry.TryGetDouble(out double x) && double.IsFinite(x)
            ? x
            : throw InputFileException.At(file, $"{where} must be a finite number (got {(entry.ValueKind == JsonValueKind.Number ? entry.GetRawText() : entry.ValueKind.ToString().ToLowerInvariant())})");

    private static JsonArray Numbers(IEnumerable<double> values) => new([.. values.Select(v => (JsonNode)v)]);

    private static string Text(double x) => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
