using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SpinGlass.Runner.Lab;

namespace SpinGlass.Runner.Commands;

/// <summary><c>spinglass lab</c>: serves the draw-and-recall lab until Ctrl-C or SIGTERM (docs/lab.md).</summary>
internal static class LabCommand
{
    public const int DefaultPort = 8642;

    public static int Execute(string? host, int? port, string? token, bool open, TextWriter output, TextWriter log, CancellationToken cancellation)
    {
        if (!TryAddress(host ?? "127.0.0.1", out var address))
        {
            log.WriteLine($"--host: '{host}' is not an IP address; give 127.0.0.1 (the default, this machine only), ::1, 0.0.0.0 (every interface) or one of this machine's addresses");
            return ExitCodes.BadInput;
        }

        if (port is < 0 or > 65535)
        {
            log.WriteLine($"--port: {port} is outside 0 … 65535 (0 picks a free port)");
            return ExitCodes.BadInput;
        }

        if (token is not null && (token.Length is < 16 or > 128 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            log.WriteLine("--token: a token is 16 … 128 letters, digits, '-' or '_'");
            return ExitCodes.BadInput;
        }

        bool loopback = IPAddress.IsLoopback(address);
        token ??= loopback ? null : LabServer.NewToken();
        var options = new LabOptions(address, port ?? DefaultPort, token);
        var app = LabServer.Build(options, new LabLimits());
        try
        {
            app.StartAsync(cancellation).GetAwaiter().GetResult();
        }
        catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            log.WriteLine($"error: cannot listen on {Show(address)}:{options.Port} ({e.Message.ReplaceLineEndings(" ")}); choose another --port (0 picks a free one)");
            return ExitCodes.RuntimeFailure;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Interrupted;
        }

        int bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a).Port).First();
        string shownHost = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) ? Dns.GetHostName() : Show(address);
        string url = $"http://{shownHost}:{bound}/" + (token is null ? "" : $"?token={token}");
        output.WriteLine(url);
        output.Flush();
        log.WriteLine(loopback
            ? $"SpinGlass lab on {url} (this machine only); Ctrl-C stops it."
            : $"SpinGlass lab listening on {Show(address)}:{bound} — reachable from other machines; every request needs the access token in the URL above. Ctrl-C stops it.");
        if (open)
        {
            OpenBrowser(url, log);
        }

        try
        {
            Task.Delay(Timeout.Infinite, cancellation).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
        }

        app.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
        ((IDisposable)app).Dispose();
        log.WriteLine("lab stopped");
        return ExitCodes.Success;
    }

    private static bool TryAddress(string host, out IPAddress address)
    {
        if (host == "localhost")
        {
            address = IPAddress.Loopback;
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out address!);
    }

    private static string Show(IPAddress address) => address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();

    private static void OpenBrowser(string url, TextWriter log)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("xdg-open", url) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            log.WriteLine($"warning: --open: no browser could be started ({e.Message.ReplaceLineEndings(" ")}); open {url} yourself");
        }
    }
}
