using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpinGlass.Runner.Interactive;

namespace SpinGlass.Runner.Lab;

/// <summary>
/// The lab's web server (docs/lab.md): Kestrel serving one page (embedded in this assembly, no CDN) and the JSON API over
/// <see cref="LabEngine"/>. Loopback only unless told otherwise, and then every request needs the access token; bodies,
/// uploads and work are bounded by <see cref="LabLimits"/>; a bad request gets a 4xx and <c>{"error": "one line"}</c>.
/// </summary>
internal static class LabServer
{
    /// <summary>The header that carries the access token (or the <c>token</c> query parameter, or the cookie the page gets).</summary>
    public const string TokenHeader = "X-SpinGlass-Token";

    /// <summary>The cookie that carries the token for the page's own files once <c>/?token=</c> was right.</summary>
    public const string TokenCookie = "spinglass-lab-token";

    /// <summary>
    /// The header every POST must carry (any value): a custom header makes a browser ask first (a CORS preflight the lab never
    /// grants), so another web site cannot make a loopback lab compute or decode uploads.
    /// </summary>
    public const string PostHeader = "X-SpinGlass-Lab";

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private const string ResourcePrefix = "SpinGlass.Runner.Lab.wwwroot.";

    private static readonly (string Path, string Resource, string Type)[] Files =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/lab.js", "lab.js", "text/javascript; charset=utf-8"),
        ("/lab.css", "lab.css", "text/css; charset=utf-8"),
    ];

    /// <summary>Builds the server; <paramref name="configure"/> may replace the server (tests use the in-memory one).</summary>
    public static WebApplication Build(LabOptions options, LabLimits limits, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(limits);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            // bodies are read before the compute gate: bound how many can be in memory at once (64 × 8 MiB)
            kestrel.Limits.MaxConcurrentConnections = 64;
            kestrel.Listen(options.Address, options.Port);
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = limits.MaxBodyBytes;
            form.ValueCountLimit = limits.MaxImages + 8;
            form.MultipartHeadersLengthLimit = 16 * 1024;
            // keep uploads in memory (they are bounded above): nothing of a request is written to disk
            form.MemoryBufferThreshold = (int)Math.Min(int.MaxValue, limits.MaxBodyBytes);
        });
        configure?.Invoke(builder);
        var app = builder.Build();
        var engine = new LabEngine(limits);
        var gate = new SemaphoreSlim(Environment.ProcessorCount);
        app.Use((context, next) => Guard(context, next, options));
        foreach (var (path, resource, type) in Files)
        {
            byte[] content = Resource(resource);
            app.MapGet(path, () => Results.Bytes(content, type));
        }

        app.MapGet("/api/info", () => Json(Info(options, limits)));
        app.MapGet("/api/letters", () => Json(LabPatterns.Letters()));
        app.MapPost("/api/energy", context => Compute(context, gate, limits.MaxBodyBytes, root => engine.Energy(root)));
        app.MapPost("/api/step", context => Compute(context, gate, limits.MaxBodyBytes, root => engine.Step(root, context.RequestAborted)));
        app.MapPost("/api/run", context => Compute(context, gate, limits.MaxBodyBytes, root => engine.Run(root, context.RequestAborted)));
        app.MapPost("/api/random", context => Compute(context, gate, limits.MaxBodyBytes, root => LabPatterns.Random(root, limits)));
        app.MapPost("/api/config", context => Compute(context, gate, limits.MaxBodyBytes, root => LabConfig.Make(root, limits)));
        app.MapPost("/api/images", context => Upload(context, gate, limits));
        app.MapFallback(context => Error(context, StatusCodes.Status404NotFound, $"no such page or API: {context.Request.Method} {context.Request.Path}; the API is under /api/ (docs/lab.md)"));
        return app;
    }

    /// <summary>A fresh access token: 24 random bytes as hex.</summary>
    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    private static async Task Guard(HttpContext context, Func<Task> next, LabOptions options)
    {
        var headers = context.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
        headers.CacheControl = "no-store";
        if (options.IsLoopback && !IsLoopbackHost(context.Request.Host.Host))
        {
            // another site's name resolving to 127.0.0.1 (DNS rebinding) must not reach a loopback lab
            await Error(context, StatusCodes.Status403Forbidden, $"host '{context.Request.Host.Host}' is not this loopback lab's; open it as http://127.0.0.1:{context.Connection.LocalPort}/");
            return;
        }

        if (options.Token is { } token)
        {
            string? given = context.Request.Headers[TokenHeader].FirstOrDefault()
                ?? context.Request.Query["token"].FirstOrDefault()
                ?? context.Request.Cookies[TokenCookie];
            if (given is null)
            {
                await Error(context, StatusCodes.Status401Unauthorized, $"this lab needs its access token: open the URL it printed (…/?token=…) or send the {TokenHeader} header");
                return;
            }

            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(token)))
            {
                await Error(context, StatusCodes.Status403Forbidden, "wrong access token: use the one `spinglass lab` printed when it started");
                return;
            }

            if (context.Request.Query.ContainsKey("token"))
            {
                // the page's script and style sheet are fetched without the query: the browser brings the cookie instead
                context.Response.Cookies.Append(TokenCookie, token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
            }
        }

        if (HttpMethods.IsPost(context.Request.Method) && !context.Request.Headers.ContainsKey(PostHeader))
        {
            await Error(context, StatusCodes.Status403Forbidden, $"a POST to the lab must carry the {PostHeader} header (the page sends it; scripts add -H '{PostHeader}: 1')");
            return;
        }

        try
        {
            await next();
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            // a bug must still answer in one line, with the headers above
            await Error(context, StatusCodes.Status500InternalServerError, $"internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static bool IsLoopbackHost(string host) =>
        host is "localhost" or "127.0.0.1" or "[::1]" or "::1" || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static async Task Compute(HttpContext context, SemaphoreSlim gate, long maxBytes, Func<JsonElement, JsonObject> work)
    {
        var request = context.Request;
        if (!IsJson(request.ContentType))
        {
            await Error(context, StatusCodes.Status415UnsupportedMediaType, $"send the request as application/json (got {(string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : request.ContentType)})");
            return;
        }

        string? body;
        try
        {
            body = await ReadBody(request, maxBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException e)
        {
            body = null;
            if (e.StatusCode != StatusCodes.Status413PayloadTooLarge)
            {
                await Error(context, e.StatusCode, e.Message.ReplaceLineEndings(" "));
                return;
            }
        }

        if (body is null)
        {
            await Error(context, StatusCodes.Status413PayloadTooLarge, $"the request body is larger than the lab accepts ({maxBytes} bytes; docs/lab.md, Limits)");
            return;
        }

        await gate.WaitAsync(context.RequestAborted);
        JsonObject answer;
        try
        {
            answer = await Task.Run(
                () =>
                {
                    using var document = LabRequest.Parse(body);
                    return work(document.RootElement);
                },
                context.RequestAborted);
        }
        catch (InputFileException e)
        {
            await Error(context, StatusCodes.Status400BadRequest, e.Message);
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        finally
        {
            gate.Release();
        }

        await Json(answer).ExecuteAsync(context);
    }

    /// <summary>The body as UTF-8 text, or null when it is longer than <paramref name="maxBytes"/> (whatever server runs the lab).</summary>
    private static async Task<string?> ReadBody(HttpRequest request, long maxBytes, CancellationToken cancellation)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static async Task Upload(HttpContext context, SemaphoreSlim gate, LabLimits limits)
    {
        if (!context.Request.HasFormContentType)
        {
            await Error(context, StatusCodes.Status415UnsupportedMediaType, "send images as multipart/form-data: fields width, height and one or more files");
            return;
        }

        if (context.Request.ContentLength > limits.MaxBodyBytes)
        {
            await Error(context, StatusCodes.Status413PayloadTooLarge, $"the upload is larger than the lab accepts ({limits.MaxBodyBytes} bytes; docs/lab.md, Limits)");
            return;
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            int status = e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
            await Error(context, status, status == StatusCodes.Status413PayloadTooLarge ? "the upload is larger than the lab accepts (docs/lab.md, Limits)" : $"images: the upload cannot be read ({e.Message.ReplaceLineEndings(" ")})");
            return;
        }

        await gate.WaitAsync(context.RequestAborted);
        try
        {
            int width = FormInt(form, "width");
            int height = FormInt(form, "height");
            var files = new List<(string, byte[])>();
            if (form.Files.Count > limits.MaxImages)
            {
                throw new InputFileException($"images: send 1 … {limits.MaxImages} image files (got {form.Files.Count})");
            }

            foreach (var file in form.Files)
            {
                if (file.Length > limits.MaxImageBytes)
                {
                    throw new InputFileException($"images: {file.FileName} is {file.Length} bytes; at most {limits.MaxImageBytes} per image");
                }

                using var stream = new MemoryStream();
                await file.CopyToAsync(stream, context.RequestAborted);
                files.Add((file.FileName, stream.ToArray()));
            }

            var answer = await Task.Run(() => LabPatterns.Images(files, width, height, limits), context.RequestAborted);
            await Json(answer).ExecuteAsync(context);
        }
        catch (InputFileException e)
        {
            await Error(context, StatusCodes.Status400BadRequest, e.Message);
        }
        finally
        {
            gate.Release();
        }
    }

    private static int FormInt(IFormCollection form, string key) =>
        int.TryParse(form[key].FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new InputFileException($"images: the form field {key} must be a whole number");

    private static bool IsJson(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static JsonObject Info(LabOptions options, LabLimits limits) => new()
    {
        ["name"] = "spinglass lab",
        ["version"] = typeof(LabServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        ["token"] = options.Token is not null,
        ["limits"] = JsonSerializer.SerializeToNode(limits, WebJson),
    };

    private static IResult Json(JsonObject answer) => Results.Text(answer.ToJsonString(), "application/json; charset=utf-8");

    private static Task Error(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(new JsonObject { ["error"] = message.ReplaceLineEndings(" ") }.ToJsonString());
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(LabServer).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The lab's page resource {name} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
