using SpinGlass.Analysis.Statistics;
using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Analysis.Experiments;

/// <summary>
/// Where an experiment declares its outputs, each once: the declaration says the name, the meaning and how the point's
/// trials combine, and returns the <see cref="Output"/> handle that charts and reports read with. Declaration order is
/// column order. Adding a column is one line here.
/// </summary>
/// <typeparam name="TDefinition">The experiment's definition record.</typeparam>
/// <typeparam name="TPoint">One point of its sweep.</typeparam>
/// <typeparam name="TTrial">What one trial measures.</typeparam>
public sealed class OutputSet<TDefinition, TPoint, TTrial> : OutputDeclaration
{
    private readonly List<Func<TDefinition, TPoint, IReadOnlyList<TTrial>, PointRecord, Estimate>> _numeric = [];
    private readonly List<(Output Output, Func<TDefinition, TPoint, string> Word)> _texts = [];
    private readonly List<(string Name, Func<TDefinition, TPoint, IReadOnlyList<TTrial>, object> Value)> _payloadValues = [];
    private readonly List<Output> _numericOutputs = [];

    /// <summary>A coordinate of the point, e.g. N or T.</summary>
    public Output Coordinate(string name, string description, Func<TPoint, double> value, OutputKind kind = OutputKind.Real)
    {
        ArgumentNullException.ThrowIfNull(value);
        return AddNumeric(name, description, OutputCombine.Coordinate, kind, false, true, (_, p, _, _) => new Estimate(value(p), double.NaN));
    }

    /// <summary>A word that describes the point, e.g. the interaction function.</summary>
    public Output Label(string name, string description, Func<TDefinition, TPoint, string> word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var output = Declare(name, description, OutputCombine.Coordinate, OutputKind.Text, false, true);
        _texts.Add((output, word));
        return output;
    }

    /// <summary>The mean of a per-trial value with its standard error.</summary>
    public Output Mean(string name, string description, Func<TDefinition, TTrial, double> value, bool column = true)
    {
        ArgumentNullException.ThrowIfNull(value);
        return AddNumeric(name, description, OutputCombine.Mean, OutputKind.Real, true, column, (d, _, trials, _) => TrialStatistics.Mean(trials, t => value(d, t)));
    }

    /// <summary>The fraction of trials in which <paramref name="happens"/>, with its standard error.</summary>
    public Output Rate(string name, string description, Func<TDefinition, TTrial, bool> happens)
    {
        ArgumentNullException.ThrowIfNull(happens);
        return AddNumeric(name, description, OutputCombine.Rate, OutputKind.Real, true, true, (d, _, trials, _) => TrialStatistics.Mean(trials, t => happens(d, t) ? 1 : 0));
    }

    /// <summary>The mean of a per-trial value, without an error column.</summary>
    public Output Average(string name, string description, Func<TDefinition, TTrial, double> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return AddNumeric(name, description, OutputCombine.Average, OutputKind.Real, false, true, (d, _, trials, _) => TrialStatistics.Mean(trials, t => value(d, t)));
    }

    /// <summary>An estimate from all the point's trials together (e.g. a jackknife over pooled bins), with or without its error.</summary>
    public Output Estimate(
        string name, string description, Func<TDefinition, TPoint, IReadOnlyList<TTrial>, Estimate> estimate, bool hasError = true, bool column = true)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return AddNumeric(name, description, hasError ? OutputCombine.Estimate : OutputCombine.Average, OutputKind.Real, hasError, column, (d, p, trials, _) => estimate(d, p, trials));
    }

    /// <summary>A theoretical or exact value at the point, put beside the measurement.</summary>
    public Output Theory(string name, string description, Func<TDefinition, TPoint, double> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return AddNumeric(name, description, OutputCombine.Theory, OutputKind.Real, false, true, (d, p, _, _) => new Estimate(value(d, p), double.NaN));
    }

    /// <summary>A value computed from the outputs declared before it.</summary>
    public Output Derived(string name, string description, Func<PointRecord, double> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return AddNumeric(name, description, OutputCombine.Derived, OutputKind.Real, false, true, (_, _, _, record) => new Estimate(value(record), double.NaN));
    }

    /// <summary>A structured value saved with the point for the report (never a column).</summary>
    public PayloadKey<T> Payload<T>(string name, string description, Func<TDefinition, TPoint, IReadOnlyList<TTrial>, T> value)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(value);
        RequireNewName(name);
        _payloads.Add((name, description));
        _payloadValues.Add((name, (d, p, trials) => value(d, p, trials)));
        return new PayloadKey<T>(name, description);
    }

    /// <summary>Combines the trials of a point (in trial order) into its record.</summary>
    public PointRecord Combine(TDefinition definition, TPoint point, IReadOnlyList<TTrial> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var record = new PointRecord();
        for (int k = 0; k < _numericOutputs.Count; k++)
        {
            var output = _numericOutputs[k];
            var estimate = _numeric[k](definition, point, trials, record);
            record.Values[output.Name] = estimate.Mean;
            if (output.HasError)
            {
                record.Values[output.ErrorName] = estimate.Error;
            }
        }

        foreach (var (output, word) in _texts)
        {
            record.Texts[output.Name] = word(definition, point);
        }

        foreach (var (name, value) in _payloadValues)
        {
            record.Payloads[name] = value(definition, point, trials);
        }

        return record;
    }

    private Output AddNumeric(
        string name, string description, OutputCombine combine, OutputKind kind, bool hasError, bool column,
        Func<TDefinition, TPoint, IReadOnlyList<TTrial>, PointRecord, Estimate> compute)
    {
        var output = Declare(name, description, combine, kind, hasError, column);
        _numericOutputs.Add(output);
        _numeric.Add(compute);
        return output;
    }

    private Output Declare(string name, string description, OutputCombine combine, OutputKind kind, bool hasError, bool column)
    {
        RequireNewName(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        var output = new Output { Name = name, Description = description, Combine = combine, Kind = kind, HasError = hasError, IsColumn = column };
        _outputs.Add(output);
        return output;
    }

    private void RequireNewName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_outputs.Any(o => o.Name == name || o.ErrorName == name || o.Name + "_err" == name) || _payloads.Any(p => p.Name == name))
        {
            throw new ArgumentException($"Output '{name}' is declared twice.", nameof(name));
        }
    }
}
