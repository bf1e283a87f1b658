using System.Net;

namespace SpinGlass.Runner.Lab;

/// <summary>Where the lab listens and whether it needs a token.</summary>
/// <param name="Address">The address to bind (loopback by default).</param>
/// <param name="Port">The port; 0 picks a free one.</param>
/// <param name="Token">The access token every request must carry, or null (allowed on loopback only).</param>
internal sealed record LabOptions(IPAddress Address, int Port, string? Token)
{
    /// <summary>Whether the lab listens on loopback only.</summary>
    public bool IsLoopback => IPAddress.IsLoopback(Address);
}
