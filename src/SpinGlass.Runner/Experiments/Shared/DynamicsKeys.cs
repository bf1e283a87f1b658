using SpinGlass.Analysis.Experiments;
using SpinGlass.Runner.Config;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments.Shared;

/// <summary>
/// The <c>dynamics</c> block of a Hopfield-type experiment, declared once: rule, order, the zero-temperature sweep limit
/// and the T &gt; 0 protocol. Experiments choose the rules they allow and the defaults.
/// </summary>
internal sealed class DynamicsKeys
{
    public DynamicsKeys(
        UpdateRule defaultRule = UpdateRule.ZeroTemperature,
        UpdateRule[]? rules = null,
        int thermalize = 50,
        int measure = 50,
        string? ruleDescription = null,
        bool maxSweeps = true,
        SiteOrder[]? orders = null,
        string? orderDescription = null)
    {
        rules ??= [UpdateRule.ZeroTemperature, UpdateRule.Glauber, UpdateRule.Metropolis, UpdateRule.Synchronous];
        Rule = Key.Choice("dynamics.rule", ruleDescription ?? $"Update rule. The default is {ConfigWords.Of(defaultRule)}.", defaultRule, rules);
        Order = Key.Choice(
            "dynamics.order", orderDescription ?? "Site order of asynchronous rules: random (N sites drawn with replacement per sweep), sequential (0 … N−1) or permutation (every site once per sweep in a fresh random order). The default is random.",
            SiteOrder.Random,
            orders ?? [SiteOrder.Random, SiteOrder.Sequential, SiteOrder.Permutation]);
        MaxSweeps = maxSweeps ? Key.Int("dynamics.max_sweeps", "Sweep limit at T = 0 (stops earlier at a fixed point). The default is 100.", 100, min: 1) : null;
        Thermalize = Key.Int("dynamics.thermalize", $"Sweeps before measuring at T > 0. The default is {thermalize}.", thermalize, min: 0);
        Measure = Key.Int("dynamics.measure", $"Sweeps measured at T > 0 (overlap averaged). The default is {measure}.", measure, min: 1);
    }

    public ConfigKey<UpdateRule> Rule { get; }

    public ConfigKey<SiteOrder> Order { get; }

    public ConfigKey<int>? MaxSweeps { get; }

    public ConfigKey<int> Thermalize { get; }

    public ConfigKey<int> Measure { get; }

    public IReadOnlyList<ConfigKey> All => MaxSweeps is null ? [Rule, Order, Thermalize, Measure] : [Rule, Order, MaxSweeps, Thermalize, Measure];

    /// <summary>The protocol the block describes.</summary>
    public ChainProtocol Bind(ResolvedConfig config, bool relaxAtZeroTemperature = true) => new(
        config.Get(Rule),
        config.Get(Order),
        MaxSweeps is null ? 0 : config.Get(MaxSweeps),
        config.Get(Thermalize),
        config.Get(Measure),
        relaxAtZeroTemperature);
}
