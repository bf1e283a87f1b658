namespace SpinGlass.Analysis.Theory;

/// <summary>The solution branches of the replica-symmetric AGS equations with one condensed pattern.</summary>
/// <remarks>Amit, Gutfreund &amp; Sompolinsky, Phys. Rev. Lett. 55, 1530 (1985); Ann. Phys. 173, 30 (1987).</remarks>
public enum ReplicaSymmetricBranch
{
    /// <summary>The retrieval state: <c>m &gt; 0</c> (the continuation of <c>m = 1</c> at T = 0, α = 0), below <c>T_M(α)</c>.</summary>
    Retrieval,

    /// <summary>The spin-glass state: <c>m = 0</c>, <c>q &gt; 0</c>, below <c>T_g = 1 + √α</c>.</summary>
    SpinGlass,

    /// <summary>The paramagnet: <c>m = q = r = 0</c>, a solution for every <c>T &gt; 1</c>, stable above <c>T_g</c>.</summary>
    Paramagnet,
}
