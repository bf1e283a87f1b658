using SpinGlass.Models;
using SpinGlass.Models.Capabilities;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>Whether no single flip would lower the cost (<c>s_i h_i ≥ 0</c> for every i), through the state's own site view.</summary>
internal readonly struct FixedPointTest(int n) : ISiteVisitor<bool>
{
    /// <summary>The test on <paramref name="state"/>, specialised for its site view where it offers one.</summary>
    public static bool Run(ISpinState state)
    {
        var test = new FixedPointTest(state.N);
        return state is ISiteAccessProvider provider ? provider.Accept<FixedPointTest, bool>(ref test) : test.Visit(new AnySites(state));
    }

    /// <inheritdoc />
    public bool Visit<TSites>(TSites sites)
        where TSites : struct, ISiteAccess
    {
        for (int i = 0; i < n; i++)
        {
            if (sites.FlipLowersCost(i))
            {
                return false;
            }
        }

        return true;
    }
}
