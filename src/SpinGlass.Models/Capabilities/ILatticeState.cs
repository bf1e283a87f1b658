namespace SpinGlass.Models.Capabilities;

/// <summary>Capability of a chain state whose sites form a lattice, for orders that need the geometry (checkerboard).</summary>
public interface ILatticeState
{
    /// <summary>The lattice of the state's sites.</summary>
    ILatticeGeometry Geometry { get; }
}
