namespace SpinGlass.Runner.Interactive;

/// <summary>
/// A network, state or cue file that cannot be used: the message is one line, <c>FILE: what is wrong, what is allowed</c>
/// (the commands print it and exit with 2).
/// </summary>
public sealed class InputFileException : Exception
{
    /// <summary>Creates the exception with its one-line message.</summary>
    public InputFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InputFileException()
    {
    }

    /// <summary>Creates the exception with its one-line message and cause.</summary>
    public InputFileException(string message, Exception inner)
        : base(message, inner)
    {
    }

    internal static InputFileException At(string file, string message) => new($"{file}: {message}");
}
