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
            var storkey = LearningAlgorithms.Storkey(xi, n, p, self);
            return new LearnedNetwork(patterns, rule, options, a, null, path, xi, null, magnetisationWeight, storkey, self, bias);
        }

        var dual = LearningAlgorithms.Dual(xi, n, p, rule, a, magnetisationWeight);
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
}
