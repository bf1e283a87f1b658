using SpinGlass.Models;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Tempering;

/// <summary>
/// One parallel-tempering ladder: K configurations (walkers) at the inverse temperatures <c>β_0 &gt; β_1 &gt; … &gt; β_{K−1}</c>
/// (T ascending), each swept by a <see cref="MarkovChain"/> with its own stream, and exchanges of neighbouring
/// temperatures accepted with <c>min(1, e^{(β_k − β_{k+1})(E_k − E_{k+1})})</c>.
/// </summary>
/// <remarks>
/// <para>An exchange swaps the two walkers' temperatures (a permutation of indices), never their spins: a walker keeps its
/// state and its stream, and holds one chain per temperature over that state (a chain is a few references), so a swap
/// costs O(1). The stationary distribution is the product of the Boltzmann distributions at every β_k (each swap obeys
/// detailed balance); <see cref="At"/> gives the configuration at a temperature.</para>
/// <para>The pairs (0,1), (1,2), … are tried in that order at each <see cref="Exchange()"/>; the swaps accepted and
/// attempted per pair and the walkers' round trips (coldest → hottest → coldest) are counted.</para>
/// <para>Hukushima and Nemoto, J. Phys. Soc. Jpn. 65, 1604 (1996); Katzgraber, Trebst, Huse and Troyer, J. Stat. Mech.
/// P03018 (2006) for round trips.</para>
/// </remarks>
public sealed class ParallelTempering : ISweepable
{
    private readonly IEnergyState[] _walkers;
    private readonly double[] _betas;
    private readonly MarkovChain[][] _chains;
    private readonly Xoshiro256StarStar _exchangeRandom;
    private readonly int[] _walkerAt;
    private readonly int[] _temperatureOf;
    private readonly int[] _lastEnd;
    private readonly long[] _accepted;
    private readonly long[] _attempted;
    private long _halfTrips;

    /// <summary>Creates the ladder; walker k starts at temperature k.</summary>
    /// <param name="walkers">The K ≥ 1 configurations (states with their energies), all of the same N.</param>
    /// <param name="betas">The inverse temperatures, finite, ≥ 0 and strictly decreasing (T ascending).</param>
    /// <param name="rule">Metropolis or Glauber.</param>
    /// <param name="walkerRandom">One stream per walker (shared, not copied): its sweeps draw from it at every temperature.</param>
    /// <param name="exchangeRandom">The stream of the exchange decisions.</param>
    /// <exception cref="ArgumentException">Counts differ, β not finite and strictly decreasing, or another rule.</exception>
    public ParallelTempering(
        IReadOnlyList<IEnergyState> walkers, IReadOnlyList<double> betas, UpdateRule rule,
        IReadOnlyList<Xoshiro256StarStar> walkerRandom, Xoshiro256StarStar exchangeRandom)
    {
        ArgumentNullException.ThrowIfNull(walkers);
        ArgumentNullException.ThrowIfNull(betas);
        ArgumentNullException.ThrowIfNull(walkerRandom);
        ArgumentNullException.ThrowIfNull(exchangeRandom);
        int k = betas.Count;
        if (k < 1 || walkers.Count != k || walkerRandom.Count != k)
        {
            throw new ArgumentException($"Need one walker and one stream per temperature: {k} β, {walkers.Count} walkers, {walkerRandom.Count} streams.", nameof(walkers));
        }

        if (rule is not (UpdateRule.Metropolis or UpdateRule.Glauber))
        {
            throw new ArgumentException("Parallel tempering samples equilibrium: use the metropolis or glauber rule.", nameof(rule));
        }

        for (int t = 0; t < k; t++)
        {
            if (!double.IsFinite(betas[t]) || betas[t] < 0 || (t > 0 && !(betas[t] < betas[t - 1])))
            {
                throw new ArgumentException("The ladder's β must be finite, ≥ 0 and strictly decreasing (T ascending).", nameof(betas));
            }

            if (walkers[t].N != walkers[0].N)
            {
                throw new ArgumentException("Every walker must have the same number of spins.", nameof(walkers));
            }
        }

        _walkers = [.. walkers];
        _betas = [.. betas];
        _exchangeRandom = exchangeRandom;
        _chains = new MarkovChain[k][];
        for (int w = 0; w < k; w++)
        {
            _chains[w] = new MarkovChain[k];
            for (int t = 0; t < k; t++)
            {
                _chains[w][t] = new MarkovChain(_walkers[w], new Dynamics(rule, _betas[t]), walkerRandom[w]);
            }
        }

        _walkerAt = [.. Enumerable.Range(0, k)];
        _temperatureOf = [.. Enumerable.Range(0, k)];
        _lastEnd = new int[k];
        for (int w = 0; w < k; w++)
        {
            _lastEnd[w] = w == 0 ? 0 : w == k - 1 ? k - 1 : -1;
        }

        _accepted = new long[Math.Max(0, k - 1)];
        _attempted = new long[Math.Max(0, k - 1)];
        Engine = $"parallel tempering ({k} temperatures) over {_chains[0][0].Engine}";
    }

    /// <summary>The number of temperatures K.</summary>
    public int Count => _betas.Length;

    /// <summary>The number of spins of each configuration.</summary>
    public int N => _walkers[0].N;

    /// <summary>β_k.</summary>
    public double Beta(int k) => _betas[k];

    /// <summary>The configuration currently at temperature <paramref name="k"/> (0 the coldest).</summary>
    public IEnergyState At(int k) => _walkers[_walkerAt[k]];

    /// <summary>The index of the walker currently at temperature <paramref name="k"/>.</summary>
    public int WalkerAt(int k) => _walkerAt[k];

    /// <summary>Swaps accepted between temperatures k and k+1 so far.</summary>
    public long Accepted(int k) => _accepted[k];

    /// <summary>Swaps attempted between temperatures k and k+1 so far.</summary>
    public long Attempted(int k) => _attempted[k];

    /// <summary>The acceptance rate of swaps between temperatures k and k+1 (NaN before the first attempt).</summary>
    public double ExchangeRate(int k) => _attempted[k] == 0 ? double.NaN : (double)_accepted[k] / _attempted[k];

    /// <summary>Completed round trips of all walkers: coldest → hottest → coldest (or the reverse) counts one.</summary>
    public long RoundTrips => _halfTrips / 2;

    /// <inheritdoc />
    public long Attempts { get; private set; }

    /// <inheritdoc />
    public long Flips { get; private set; }

    /// <summary>What runs: <c>"parallel tempering (K temperatures) over markov-chain: …"</c>.</summary>
    public string Engine { get; }

    /// <summary>One sweep of every walker at its current temperature; returns the spins flipped.</summary>
    public int Sweep()
    {
        int flips = 0;
        for (int w = 0; w < _walkers.Length; w++)
        {
            flips += _chains[w][_temperatureOf[w]].Sweep();
        }

        Attempts += (long)N * _walkers.Length;
        Flips += flips;
        return flips;
    }

    /// <summary>Tries the exact exchange of every neighbouring pair, coldest first; returns the swaps accepted.</summary>
    public int Exchange() => Exchange<ExactExchange>();

    /// <summary>As <see cref="Exchange()"/> with the acceptance <typeparamref name="TRule"/> (tests run wrong rules through it).</summary>
    public int Exchange<TRule>()
        where TRule : struct, IExchangeRule
    {
        int swaps = 0;
        for (int k = 0; k + 1 < _betas.Length; k++)
        {
            int a = _walkerAt[k], b = _walkerAt[k + 1];
            double logRatio = (_betas[k] - _betas[k + 1]) * (_walkers[a].Energy - _walkers[b].Energy);
            _attempted[k]++;
            if (TRule.Accept(logRatio, _exchangeRandom))
            {
                (_walkerAt[k], _walkerAt[k + 1]) = (b, a);
                (_temperatureOf[a], _temperatureOf[b]) = (k + 1, k);
                _accepted[k]++;
                swaps++;
                Arrive(b, k);
                Arrive(a, k + 1);
            }
        }

        return swaps;
    }

    private void Arrive(int walker, int temperature)
    {
        int end = temperature == 0 ? 0 : temperature == _betas.Length - 1 ? _betas.Length - 1 : -1;
        if (end >= 0 && _lastEnd[walker] != end)
        {
            if (_lastEnd[walker] >= 0)
            {
                _halfTrips++;
            }

            _lastEnd[walker] = end;
        }
    }
}
