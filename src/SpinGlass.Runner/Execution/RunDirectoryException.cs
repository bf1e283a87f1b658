namespace SpinGlass.Runner.Execution;

/// <summary>The output directory cannot be used; the message is one line saying why and what to do.</summary>
internal sealed class RunDirectoryException(string message) : Exception(message);
