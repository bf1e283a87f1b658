namespace SpinGlass.Analysis.Experiments;

/// <summary>
/// A rectangular table with named columns; cells are <see cref="double"/>, <see cref="long"/>, <see cref="int"/>
/// or <see cref="string"/>. <c>double.NaN</c> marks a value that does not exist (written as an empty cell).
/// </summary>
public sealed class ResultTable
{
    private readonly List<object[]> _rows = [];

    /// <summary>Creates an empty table with the given columns.</summary>
    public ResultTable(IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = columns;
    }

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows, in order.</summary>
    public IReadOnlyList<object[]> Rows => _rows;

    /// <summary>Appends a row; it must have one cell per column.</summary>
    public void Add(params object[] row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Length != Columns.Count)
        {
            throw new ArgumentException($"Row has {row.Length} cells, table has {Columns.Count} columns.", nameof(row));
        }

        _rows.Add(row);
    }
}
