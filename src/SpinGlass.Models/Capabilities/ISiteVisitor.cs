namespace SpinGlass.Models.Capabilities;

/// <summary>
/// Code that runs over a state's own struct site view, handed to it by <see cref="ISiteAccessProvider.Accept"/>:
/// <see cref="Visit"/> is compiled once per view type, with no interface call per site.
/// </summary>
/// <typeparam name="TResult">What the visit returns.</typeparam>
public interface ISiteVisitor<TResult>
{
    /// <summary>Runs with the state's site view <paramref name="sites"/>.</summary>
    TResult Visit<TSites>(TSites sites)
        where TSites : struct, ISiteAccess;
}
