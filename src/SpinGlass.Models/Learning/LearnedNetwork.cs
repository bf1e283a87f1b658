using System.Numerics.Tensors;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Models.Learning;

/// <summary>
/// An associative memory of ±1 neurons whose couplings a <see cref="LearningRule"/> learned from stored patterns:
/// <c>H = −½ Σ_{i≠j} J_ij s_i s_j − Σ_i b_i s_i</c>. Fields are served through the pattern overlaps when the rule has a
/// pattern form (<see cref="CouplingPath.Overlaps"/>: Hebb, pseudo-inverse, covariance) or from an explicit matrix
/// (<see cref="CouplingPath.Matrix"/>: Storkey, or on request).
/// </summary>
/// <remarks>
/// <para>The 0/1 neurons of the covariance rule are written as spins, <c>V = (1 + s)/2</c>: with
/// <c>E(V) = −½ Σ_{i≠j} w_ij V_i V_j + θ Σ_i V_i</c> this is exactly <c>J_ij = w_ij/4</c> and <c>b_i = ¼ Σ_{j≠i} w_ij − θ/2</c>
/// (up to a constant), so <c>s_i ← sgn(h_i)</c> is <c>V_i ← [Σ_j w_ij V_j &gt; θ]</c> and temperatures are in units of E(V).</para>
/// <para>The pseudo-inverse rule is Hebbian in the dual patterns <c>η_i = C⁻¹ξ_i/N</c>: <c>h_i = Σ_μ η^μ_i M_μ</c> costs O(p)
/// like Hebb's, after an O(Np² + p³) solve at construction.</para>
/// </remarks>
public sealed class LearnedNetwork : IEnergyModel
{
    private readonly sbyte[] _xi;          // neuron-major ξ, N × p
    private readonly double[]? _dual;      // neuron-major η/scale, N × p (overlap path): ±1 for Hebb, so its fields are exact
    private readonly double _dualScale;    // η = scale · dual
    private readonly double[] _dualSelf;   // Σ_μ dual^μ_i ξ^μ_i, the self-coupling's dual part before scaling
    private readonly double[]? _xiDouble;  // neuron-major ξ as doubles (overlap path: flips update the overlaps by MultiplyAdd)
    private readonly double[] _magnetisationWeight; // g_i (covariance), else zero
    private readonly double[]? _matrix;    // row-major N × N with zero diagonal (matrix path)
    private readonly double[] _self;       // J_ii
    private readonly double[] _bias;       // b_i

    private LearnedNetwork(
        PatternSet patterns, LearningRule rule, LearningOptions options, double activity, double? threshold, CouplingPath path,
        sbyte[] xi, (double[] Values, double Scale)? dual, double[] magnetisationWeight, double[]? matrix, double[] self, double[] bias)
    {
        Patterns = patterns;
        Rule = rule;
        Options = options;
        Activity = activity;
        Threshold = threshold;
        Path = path;
        _xi = xi;
        _dual = dual?.Values;
        _dualScale = dual?.Scale ?? 1;
        _dualSelf = new double[patterns.N];
        if (_dual is not null)
        {
            for (int i = 0; i < patterns.N; i++)
            {
                _dualSelf[i] = DualSum(_dual, xi, patterns.P, i, i);
            }
        }

        _xiDouble = dual is null ? null : Array.ConvertAll(xi, x => (double)x);
        _magnetisationWeight = magnetisationWeight;
        _matrix = matrix;
        _self = self;
        _bias = bias;
    }

    /// <summary>The largest N the explicit matrix path accepts (8N² bytes: 8 GiB at this size).</summary>
    public const int MaxMatrixNeurons = 32768;

    /// <summary>The stored patterns.</summary>
    public PatternSet Patterns { get; }

    /// <summary>The learning rule.</summary>
    public LearningRule Rule { get; }

    /// <summary>The options the network was learned with.</summary>
    public LearningOptions Options { get; }

    /// <summary>The coding level a of the patterns (0.5 unless given).</summary>
    public double Activity { get; }

    /// <summary>The threshold θ of the covariance rule's 0/1 neurons; null for the other rules.</summary>
    public double? Threshold { get; }

    /// <summary>Whether zero-temperature fields keep the self-coupling <c>J_ii s_i</c>.</summary>
    public bool SelfCoupling => Options.SelfCoupling;

    /// <summary>How the fields are served.</summary>
    public CouplingPath Path { get; }

    /// <inheritdoc />
    public int N => Patterns.N;

    /// <summary>The number of stored patterns p.</summary>
    public int P => Patterns.P;

    /// <inheritdoc />
    public string Description => $"hopfield {RuleName(Rule)} N={N} p={P}{(Rule == LearningRule.Covariance ? $" a={Activity:G4}" : "")}{(SelfCoupling ? " self-coupling" : "")}; {PathName(Path)}";

    internal bool UsesOverlaps => _dual is not null;

    /// <summary>The word a rule is written as in configs and files: hebb, storkey, pseudo-inverse, covariance.</summary>
    public static string RuleName(LearningRule rule) => rule switch
    {
        LearningRule.Hebb => "hebb",
        LearningRule.Storkey => "storkey",
        LearningRule.PseudoInverse => "pseudo-inverse",
        LearningRule.Covariance => "covariance",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>How a path is described in summaries: which representation served the fields, and its cost.</summary>
    public static string PathName(CouplingPath path) =>
        path == CouplingPath.Overlaps ? "pattern overlaps (O(p) per field and flip)" : "explicit N×N matrix (O(N) per flip)";

    /// <summary>Learns the couplings of <paramref name="patterns"/> by <paramref name="rule"/>.</summary>
    /// <exception cref="ArgumentException">
    /// Storkey's rule was asked for the overlap path; a threshold was given to a rule other than covariance; the matrix path
    /// was asked for more than <see cref="MaxMatrixNeurons"/> neurons.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The activity is outside (0, 1).</exception>
    public static LearnedNetwork Learn(PatternSet patterns, LearningRule rule, LearningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        options ??= LearningOptions.Default;
        double a = options.Activity ?? 0.5;
        if (!(a > 0 && a < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), a, "The activity a must lie in (0, 1).");
        }

        if (options.Threshold is not null && rule != LearningRule.Covariance)
        {
            throw new ArgumentException("A threshold belongs to the covariance rule's 0/1 neurons only.", nameof(options));
        }

        var path = options.Path ?? (rule == LearningRule.Storkey ? CouplingPath.Matrix : CouplingPath.Overlaps);
        if (rule == LearningRule.Storkey && path == CouplingPath.Overlaps)
        {
            throw new ArgumentException("Storkey's couplings have no pattern form; they need the matrix path.", nameof(options));
        }

        int n = patterns.N, p = patterns.P;
        if (path == CouplingPath.Matrix && n > MaxMatrixNeurons)
        {
            throw new ArgumentException($"An explicit coupling matrix holds at most {MaxMatrixNeurons} neurons (8N² bytes); got N = {n}.", nameof(patterns));
        }

        var xi = new sbyte[(long)n * p];
        for (int i = 0; i < n; i++)
        {
            patterns.CopyNeuronRow(i, xi.AsSpan(i * p, p));
        }

        var self = new double[n];
        var bias = new double[n];
        var magnetisationWeight = new double[n];
        double? threshold = rule == LearningRule.Covariance ? options.Threshold ?? 0.5 - a : null;
        if (rule == LearningRule.Storkey)
        {
            var storkey = Storkey(xi, n, p, self);
            return new LearnedNetwork(patterns, rule, options, a, null, path, xi, null, magnetisationWeight, storkey, self, bias);
        }

        var dual = Dual(xi, n, p, rule, a, magnetisationWeight);
        for (int i = 0; i < n; i++)
        {
            self[i] = DualCoupling(dual, xi, magnetisationWeight, p, i, i);
        }

        if (rule == LearningRule.Covariance)
        {
            // b_i = Σ_{j≠i} J_ij − θ/2, with Σ_j J_ij = Σ_μ η^μ_i S_μ + g_i N, S_μ = Σ_j ξ^μ_j
            var sums = new double[p];
            for (int j = 0; j < n; j++)
            {
                for (int mu = 0; mu < p; mu++)
                {
                    sums[mu] += xi[j * p + mu];
                }
            }

            for (int i = 0; i < n; i++)
            {
                bias[i] = (dual.Scale * TensorPrimitives.Dot<double>(dual.Values.AsSpan(i * p, p), sums)) + (magnetisationWeight[i] * n) - self[i] - (threshold!.Value / 2);
            }
        }

        if (path == CouplingPath.Overlaps)
        {
            return new LearnedNetwork(patterns, rule, options, a, threshold, path, xi, dual, magnetisationWeight, null, self, bias);
        }

        var matrix = new double[(long)n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                matrix[((long)i * n) + j] = i == j ? 0 : DualCoupling(dual, xi, magnetisationWeight, p, i, j);
            }
        }

        return new LearnedNetwork(patterns, rule, options, a, threshold, path, xi, null, magnetisationWeight, matrix, self, bias);
    }

    /// <summary>The coupling <c>J_ij</c> (for i = j the self-coupling, whether or not the fields use it).</summary>
    public double Coupling(int i, int j)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, N);
        ArgumentOutOfRangeException.ThrowIfNegative(j);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(j, N);
        return i == j ? _self[i] : _matrix is not null ? _matrix[(long)i * N + j] : DualCoupling((_dual!, _dualScale), _xi, _magnetisationWeight, P, i, j);
    }

    /// <summary>The site field <c>b_i</c> (the covariance rule's threshold and mean input; zero for the other rules).</summary>
    public double Field(int i) => _bias[i];

    /// <summary>The couplings as an explicit matrix (zero diagonal), e.g. to drive other neuron models with them.</summary>
    public CouplingMatrix ToCouplingMatrix()
    {
        var values = new double[(long)N * N];
        for (int i = 0; i < N; i++)
        {
            for (int j = 0; j < N; j++)
            {
                values[(long)i * N + j] = i == j ? 0 : Coupling(i, j);
            }
        }

        return new CouplingMatrix(N, values);
    }

    /// <inheritdoc />
    public double Energy(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, N);
        var overlaps = new double[P];
        long magnetisation = Overlaps(spins, overlaps);
        double energy = 0;
        for (int i = 0; i < N; i++)
        {
            double offDiagonal = _matrix is not null ? MatrixField(spins, i) : OverlapField(i, overlaps, magnetisation, spins[i]);
            energy -= spins[i] * (0.5 * (offDiagonal - _bias[i]) + _bias[i]);
        }

        return energy;
    }

    /// <inheritdoc />
    public IEnergyState CreateState(ReadOnlySpan<sbyte> spins) => new LearnedNetworkState(this, spins);

    internal ReadOnlySpan<sbyte> NeuronRow(int i) => _xi.AsSpan(i * P, P);

    internal ReadOnlySpan<double> NeuronRowAsDoubles(int i) => _xiDouble.AsSpan(i * P, P);

    internal ReadOnlySpan<double> MatrixRow(int i) => _matrix.AsSpan((int)((long)i * N), N);

    internal double SelfCouplingOf(int i) => _self[i];

    /// <summary>Fills the overlaps <c>M_μ</c> and returns the magnetisation <c>Σ_j s_j</c>.</summary>
    internal long Overlaps(ReadOnlySpan<sbyte> spins, Span<double> overlaps)
    {
        overlaps.Clear();
        long magnetisation = 0;
        for (int j = 0; j < N; j++)
        {
            var row = NeuronRow(j);
            for (int mu = 0; mu < P; mu++)
            {
                overlaps[mu] += row[mu] * spins[j];
            }

            magnetisation += spins[j];
        }

        return magnetisation;
    }

    /// <summary>
    /// The field without the self-coupling, <c>Σ_{j≠i} J_ij s_j + b_i</c>, from the overlaps (overlap path). The self term
    /// is removed before scaling, so Hebb's field is the exact integer <c>(Σ_μ ξ^μ_i M_μ − p s_i)</c> over N and its ties are
    /// exact zeros, as in <see cref="Hopfield.HopfieldNetwork"/>.
    /// </summary>
    internal double OverlapField(int i, ReadOnlySpan<double> overlaps, long magnetisation, sbyte spin) =>
        (_dualScale * (TensorPrimitives.Dot(_dual.AsSpan(i * P, P), overlaps) - (_dualSelf[i] * spin))) + (_magnetisationWeight[i] * (magnetisation - spin)) + _bias[i];

    /// <summary>The field with the self-coupling, <c>Σ_j J_ij s_j + b_i</c>, from the overlaps (overlap path).</summary>
    internal double OverlapFieldWithSelf(int i, ReadOnlySpan<double> overlaps, long magnetisation) =>
        (_dualScale * TensorPrimitives.Dot(_dual.AsSpan(i * P, P), overlaps)) + (_magnetisationWeight[i] * magnetisation) + _bias[i];

    private double MatrixField(ReadOnlySpan<sbyte> spins, int i)
    {
        var row = MatrixRow(i);
        double sum = _bias[i];
        for (int j = 0; j < N; j++)
        {
            sum += row[j] * spins[j];
        }

        return sum;
    }

    internal double Bias(int i) => _bias[i];

    private static double DualCoupling((double[] Values, double Scale) dual, sbyte[] xi, double[] magnetisationWeight, int p, int i, int j) =>
        (dual.Scale * DualSum(dual.Values, xi, p, i, j)) + magnetisationWeight[i];

    private static double DualSum(double[] dual, sbyte[] xi, int p, int i, int j)
    {
        double sum = 0;
        for (int mu = 0; mu < p; mu++)
        {
            sum += dual[i * p + mu] * xi[j * p + mu];
        }

        return sum;
    }

    /// <summary>The dual patterns η (neuron-major, N × p) of the rules with a pattern form, and the weights g_i of Σ_j s_j.</summary>
    private static (double[] Values, double Scale) Dual(sbyte[] xi, int n, int p, LearningRule rule, double a, double[] magnetisationWeight)
    {
        var dual = new double[(long)n * p];
        switch (rule)
        {
            case LearningRule.Hebb:
                for (long k = 0; k < dual.LongLength; k++)
                {
                    dual[k] = xi[k];
                }

                return (dual, 1.0 / n);
            case LearningRule.Covariance:
                // w_ij = Σ_μ c^μ_i c^μ_j / (N a(1−a)), c = V − a = (ξ + 1 − 2a)/2, J = w/4:
                // Σ_j J_ij s_j = Σ_μ c^μ_i (M_μ + (1 − 2a) Σ_j s_j) / (8 N a(1 − a))
                double scale = 1.0 / (8.0 * n * a * (1 - a));
                for (int i = 0; i < n; i++)
                {
                    double sum = 0;
                    for (int mu = 0; mu < p; mu++)
                    {
                        double centred = (xi[i * p + mu] + 1 - (2 * a)) / 2;
                        dual[i * p + mu] = centred;
                        sum += centred;
                    }

                    magnetisationWeight[i] = (1 - (2 * a)) * sum * scale;
                }

                return (dual, scale);
            case LearningRule.PseudoInverse:
                return (ProjectionDual(xi, n, p), 1.0);
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "Storkey's rule has no pattern form.");
        }
    }

    /// <summary>
    /// η_i = C⁺ξ_i / N with the pattern correlations <c>C_μν = ξ^μ·ξ^ν/N</c>: the Moore–Penrose projection onto the span of
    /// the patterns. Patterns are taken in order; one that lies (numerically) in the span of those before it — a repeat,
    /// a reversed copy, any p ≥ N — gets a zero dual row, which leaves J the same projector, so every stored pattern is
    /// still reproduced by J. The independent ones are inverted by Gauss–Jordan with pivoting.
    /// </summary>
    private static double[] ProjectionDual(sbyte[] xi, int n, int p)
    {
        var correlation = new double[(long)p * p];
        var row = new double[p];
        for (int i = 0; i < n; i++)
        {
            for (int mu = 0; mu < p; mu++)
            {
                row[mu] = xi[i * p + mu];
            }

            for (int mu = 0; mu < p; mu++)
            {
                TensorPrimitives.MultiplyAdd(row, row[mu] / n, correlation.AsSpan(mu * p, p), correlation.AsSpan(mu * p, p));
            }
        }

        var independent = IndependentPatterns(correlation, p);
        int k = independent.Count;
        var reduced = new double[(long)k * k];
        for (int a = 0; a < k; a++)
        {
            for (int b = 0; b < k; b++)
            {
                reduced[a * k + b] = correlation[independent[a] * p + independent[b]];
            }
        }

        var inverse = Invert(reduced, k);
        var dual = new double[(long)n * p];
        var reducedRow = new double[k];
        for (int i = 0; i < n; i++)
        {
            for (int a = 0; a < k; a++)
            {
                reducedRow[a] = xi[i * p + independent[a]];
            }

            for (int a = 0; a < k; a++)
            {
                dual[i * p + independent[a]] = TensorPrimitives.Dot<double>(inverse.AsSpan(a * k, k), reducedRow) / n;
            }
        }

        return dual;
    }

    /// <summary>
    /// The patterns, in order, that are linearly independent of those before them: a Cholesky factorisation of C that
    /// skips every pattern whose residual (its squared distance from the span so far, per neuron) is below 10⁻⁹.
    /// </summary>
    private static List<int> IndependentPatterns(double[] correlation, int p)
    {
        var chosen = new List<int>();
        var factor = new List<double[]>(); // rows of L over the chosen patterns
        var y = new double[p];
        for (int mu = 0; mu < p; mu++)
        {
            // solve L y = C[chosen, μ]
            for (int a = 0; a < chosen.Count; a++)
            {
                double sum = correlation[chosen[a] * p + mu];
                for (int b = 0; b < a; b++)
                {
                    sum -= factor[a][b] * y[b];
                }

                y[a] = sum / factor[a][a];
            }

            double residual = correlation[mu * p + mu] - TensorPrimitives.Dot<double>(y.AsSpan(0, chosen.Count), y.AsSpan(0, chosen.Count));
            if (residual > 1e-9)
            {
                var lower = new double[chosen.Count + 1];
                y.AsSpan(0, chosen.Count).CopyTo(lower);
                lower[chosen.Count] = Math.Sqrt(residual);
                factor.Add(lower);
                chosen.Add(mu);
            }
        }

        return chosen;
    }

    private static double[] Invert(double[] matrix, int p)
    {
        var inverse = new double[(long)p * p];
        for (int k = 0; k < p; k++)
        {
            inverse[k * p + k] = 1;
        }

        for (int column = 0; column < p; column++)
        {
            int pivot = column;
            for (int r = column + 1; r < p; r++)
            {
                pivot = Math.Abs(matrix[r * p + column]) > Math.Abs(matrix[pivot * p + column]) ? r : pivot;
            }

            // the independent patterns were chosen by a Cholesky factorisation, so the pivot is bounded away from zero

            Swap(matrix, column, pivot, p);
            Swap(inverse, column, pivot, p);
            double scale = 1 / matrix[column * p + column];
            TensorPrimitives.Multiply(matrix.AsSpan(column * p, p), scale, matrix.AsSpan(column * p, p));
            TensorPrimitives.Multiply(inverse.AsSpan(column * p, p), scale, inverse.AsSpan(column * p, p));
            for (int r = 0; r < p; r++)
            {
                double factor = matrix[r * p + column];
                if (r != column && factor != 0)
                {
                    TensorPrimitives.MultiplyAdd(matrix.AsSpan(column * p, p), -factor, matrix.AsSpan(r * p, p), matrix.AsSpan(r * p, p));
                    TensorPrimitives.MultiplyAdd(inverse.AsSpan(column * p, p), -factor, inverse.AsSpan(r * p, p), inverse.AsSpan(r * p, p));
                }
            }
        }

        return inverse;
    }

    private static void Swap(double[] matrix, int a, int b, int p)
    {
        if (a != b)
        {
            var rowA = matrix.AsSpan(a * p, p);
            var rowB = matrix.AsSpan(b * p, p);
            Span<double> buffer = p <= 512 ? stackalloc double[p] : new double[p];
            rowA.CopyTo(buffer);
            rowB.CopyTo(rowA);
            buffer.CopyTo(rowB);
        }
    }

    /// <summary>
    /// Storkey's rule, one pattern at a time: with <c>h = Wξ</c> (zero diagonal), <c>ΔW_ij = (ξ_i ξ_j − ξ_i h_j − h_i ξ_j + 2W_ij)/N</c>
    /// for i ≠ j — the expanded form of <c>(ξ_i ξ_j − ξ_i h_ji − h_ij ξ_j)/N</c> — and <c>ΔJ_ii = (1 − 2ξ_i h_i)/N</c> kept aside.
    /// </summary>
    private static double[] Storkey(sbyte[] xi, int n, int p, double[] self)
    {
        var w = new double[(long)n * n];
        var pattern = new double[n];
        var h = new double[n];
        var update = new double[n];
        for (int nu = 0; nu < p; nu++)
        {
            for (int i = 0; i < n; i++)
            {
                pattern[i] = xi[i * p + nu];
            }

            for (int i = 0; i < n; i++)
            {
                h[i] = TensorPrimitives.Dot<double>(w.AsSpan(i * n, n), pattern);
            }

            for (int i = 0; i < n; i++)
            {
                var row = w.AsSpan(i * n, n);
                // update = (ξ_i ξ − ξ_i h − h_i ξ)/N, then row = row·(1 + 2/N) + update
                TensorPrimitives.Subtract(pattern, h, update);
                TensorPrimitives.Multiply(update, pattern[i] / n, update);
                TensorPrimitives.MultiplyAdd(pattern, -h[i] / n, update, update);
                TensorPrimitives.MultiplyAdd(row, 1 + 2.0 / n, update, row);
                row[i] = 0;
                self[i] += (1 - 2 * pattern[i] * h[i]) / n;
            }

            // row i and row j round the same update differently: keep the matrix exactly symmetric (flips read rows as columns)
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    w[(long)i * n + j] = w[(long)j * n + i];
                }
            }
        }

        return w;
    }
}
