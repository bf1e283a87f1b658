using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using SpinGlass.Runner.Lab;

namespace SpinGlass.Lab.Tests;

/// <summary>
/// "Safe to leave running": the token, the host check, and every bound — each refused with a 4xx and one line.
/// </summary>
public sealed class LabSafetyTests
{
    private const string Token = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task WithATokenEveryRequestNeedsIt()
    {
        await using var lab = await LabHost.Start(Token, loopback: false);
        foreach (string path in new[] { "/", "/lab.js", "/lab.css", "/api/info", "/api/letters" })
        {
            var (status, body) = await lab.Get(path);
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            AssertOneLine(body, "access token");
        }

        var post = await lab.Post("/api/energy", "{}");
        Assert.Equal(HttpStatusCode.Unauthorized, post.Status);
        var wrong = await lab.Get("/api/info?token=" + Token.Replace('0', '1'));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.Status);
        AssertOneLine(wrong.Body, "wrong access token");
        var right = await lab.Get("/api/info?token=" + Token);
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.True((bool)right.Body["token"]!);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/letters");
        request.Headers.Add(LabServer.TokenHeader, Token);
        using var response = await lab.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // the page's own files come without the query: the right /?token= sets a cookie the browser brings along
        using var page = await lab.Client.GetAsync("/?token=" + Token);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        string cookie = page.Headers.GetValues("Set-Cookie").Single();
        Assert.StartsWith($"{LabServer.TokenCookie}={Token}", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        using var script = new HttpRequestMessage(HttpMethod.Get, "/lab.js");
        script.Headers.Add("Cookie", $"{LabServer.TokenCookie}={Token}");
        using var scriptResponse = await lab.Client.SendAsync(script);
        Assert.Equal(HttpStatusCode.OK, scriptResponse.StatusCode);
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/lab.js");
        forged.Headers.Add("Cookie", $"{LabServer.TokenCookie}=nope");
        using var forgedResponse = await lab.Client.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Forbidden, forgedResponse.StatusCode);
        using var wrongPage = await lab.Client.GetAsync("/?token=nope");
        Assert.False(wrongPage.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task PostsWithoutTheLabHeaderAreRefusedSoOtherSitesCannotPostToALoopbackLab()
    {
        await using var lab = await LabHost.Start();
        lab.Client.DefaultRequestHeaders.Remove(LabServer.PostHeader);
        var json = await lab.Post("/api/energy", new JsonObject { ["network"] = Letters.Network("AB"), ["state"] = Letters.State(Letters.Spins('A')) });
        Assert.Equal(HttpStatusCode.Forbidden, json.Status);
        AssertOneLine(json.Body, $"must carry the {LabServer.PostHeader} header");
        using var form = new MultipartFormDataContent { { new StringContent("10"), "width" }, { new StringContent("10"), "height" } };
        using var upload = await lab.Client.PostAsync("/api/images", form);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
    }

    [Fact]
    public async Task HugeRealStatesAndCuesOfRandomPatternsAre400NotA500()
    {
        await using var lab = await LabHost.Start();
        var values = new JsonArray([.. Enumerable.Range(0, 100).Select(_ => (JsonNode)1e200)]);
        var modern = Letters.Network("AB", "modern");
        var huge = await lab.Post("/api/run", new JsonObject { ["network"] = modern, ["state"] = new JsonObject { ["format"] = "spinglass-state", ["version"] = 1, ["values"] = values } });
        Assert.Equal(HttpStatusCode.BadRequest, huge.Status);
        AssertOneLine(huge.Body, "a value beyond");

        var random = new JsonObject { ["format"] = "spinglass-network", ["version"] = 1, ["kind"] = "classical", ["width"] = 2, ["height"] = 1, ["patterns"] = new JsonArray(new JsonArray("#.")) };
        var cue = new JsonObject { ["format"] = "spinglass-state", ["version"] = 1, ["grid"] = new JsonArray("##") };
        var config = await lab.Post("/api/config", new JsonObject { ["network"] = random, ["cue"] = cue });
        Assert.Equal(HttpStatusCode.BadRequest, config.Status);
        AssertOneLine(config.Body, "an explicit cue needs fixed patterns");
    }

    [Fact]
    public async Task ALoopbackLabRefusesOtherHostNames()
    {
        await using var lab = await LabHost.Start();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/info");
        request.Headers.Host = "attacker.example";
        using var response = await lab.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertOneLine(await LabHost.Body(response), "not this loopback lab's");
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[1, 2]", "one JSON object")]
    [InlineData("{\"state\": {}}", "network is missing")]
    [InlineData("{\"network\": {\"format\": \"spinglass-network\", \"version\": 1, \"kind\": \"classical\", \"letters\": \"A1\"}, \"state\": {}}", "letters \"A1\"")]
    [InlineData("{\"network\": {\"format\": \"spinglass-network\", \"version\": 1, \"kind\": \"classical\", \"letters\": \"AB\"}, \"state\": {\"format\": \"spinglass-state\", \"version\": 1, \"spins\": [1, -1]}}", "the state has 2 entries, the network has 100")]
    [InlineData("{\"network\": {\"format\": \"spinglass-network\", \"version\": 1, \"kind\": \"classical\", \"letters\": \"AB\", \"file\": \"/etc/passwd\"}, \"state\": {}}", "unknown key 'file'")]
    [InlineData("{\"network\": {\"format\": \"spinglass-network\", \"version\": 3, \"kind\": \"classical\", \"letters\": \"AB\"}, \"state\": {}}", "version must be 1 … 2")]
    [InlineData("{\"path\": \"/etc/passwd\"}", "unknown key 'path'")]
    public async Task MalformedRequestsGet400AndOneLine(string json, string expected)
    {
        await using var lab = await LabHost.Start();
        var (status, body) = await lab.Post("/api/energy", json);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertOneLine(body, expected);
    }

    [Fact]
    public async Task DynamicsAndRunLengthsAreChecked()
    {
        await using var lab = await LabHost.Start();
        var network = Letters.Network("AB");
        var state = Letters.State(Letters.Spins('A'));
        (string Field, JsonNode Value, string Expected)[] cases =
        [
            ("dynamics", new JsonObject { ["rule"] = "metropolis" }, "rule 'metropolis' is not one of"),
            ("dynamics", new JsonObject { ["rule"] = "glauber" }, "glauber needs a temperature"),
            ("dynamics", new JsonObject { ["rule"] = "glauber", ["T"] = -1 }, "not a temperature"),
            ("dynamics", new JsonObject { ["order"] = "spiral" }, "order 'spiral'"),
            ("dynamics", new JsonObject { ["seed"] = -3 }, "seed must be an integer"),
            ("maxSweeps", 1001, "maxSweeps must be an integer in 1 … 1000"),
            ("maxSweeps", 0, "maxSweeps must be an integer in 1 … 1000"),
            ("rng", "xyz", "rng must be the 64 hex digits"),
            ("rng", new string('0', 64), "all zeros"),
        ];
        foreach (var (field, value, expected) in cases)
        {
            var request = new JsonObject { ["network"] = network.DeepClone(), ["state"] = state.DeepClone(), [field] = value };
            var (status, body) = await lab.Post("/api/run", request);
            Assert.True(status == HttpStatusCode.BadRequest, $"{field} = {value.ToJsonString()}: {status}");
            AssertOneLine(body, expected);
        }
    }

    [Fact]
    public async Task SizesAndWorkAreBounded()
    {
        var limits = new LabLimits { MaxBodyBytes = 64 * 1024, MaxNeurons = 400, MaxGridSide = 20, MaxPatterns = 8, MaxWork = 100 * 3 * 50, MaxImages = 2 };
        await using var lab = await LabHost.Start(limits: limits);

        var big = new JsonObject { ["width"] = 21, ["height"] = 10, ["p"] = 2 };
        var (status, body) = await lab.Post("/api/random", big);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertOneLine(body, "width must be an integer in 1 … 20");

        var many = await lab.Post("/api/energy", new JsonObject { ["network"] = Letters.Network("ABCDEFGHI"), ["state"] = Letters.State(Letters.Spins('A')) });
        Assert.Equal(HttpStatusCode.BadRequest, many.Status);
        AssertOneLine(many.Body, "9 patterns; the lab takes at most 8");

        var work = await lab.Post("/api/run", new JsonObject { ["network"] = Letters.Network("ABC"), ["state"] = Letters.State(Letters.Spins('A')), ["maxSweeps"] = 51 });
        Assert.Equal(HttpStatusCode.BadRequest, work.Status);
        AssertOneLine(work.Body, "more work than one request may ask");

        string huge = "{\"pad\": \"" + new string('x', 100 * 1024) + "\"}";
        var tooLarge = await lab.Post("/api/energy", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.Status);
        AssertOneLine(tooLarge.Body, "larger than the lab accepts");

        var form = await lab.Post("/api/energy", "network=1", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.Status);
        AssertOneLine(form.Body, "application/json");

        var missing = await lab.Get("/api/files?path=/etc/passwd");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        AssertOneLine(missing.Body, "no such page or API");
    }

    [Fact]
    public async Task UploadsAreBounded()
    {
        var limits = new LabLimits { MaxImages = 2, MaxImageBytes = 20_000, MaxImagePixels = 100 * 100 };
        await using var lab = await LabHost.Start(limits: limits);
        string dir = Directory.CreateTempSubdirectory("lab-uploads").FullName;
        try
        {
            byte[] small = await File.ReadAllBytesAsync(TestImages.Bar(Path.Combine(dir, "small.png"), 30, 30));
            byte[] wide = await File.ReadAllBytesAsync(TestImages.Bar(Path.Combine(dir, "wide.png"), 200, 60));
            (string Expected, Action<MultipartFormDataContent> Fill)[] cases =
            [
                ("send 1 … 2 image files (got 3)", f => { Add(f, small, "a.png"); Add(f, small, "b.png"); Add(f, small, "c.png"); }),
                ("send 1 … 2 image files (got 0)", _ => { }),
                ("wide.png is 200×60 pixels; at most 10000", f => Add(f, wide, "wide.png")),
                ("notes.txt is not an image", f => Add(f, "plain text, not a picture"u8.ToArray(), "notes.txt")),
                ("at most 20000 per image", f => Add(f, new byte[20_001], "big.png")),
                ("width and height must lie in 1 … 64", f => { f.Add(new StringContent("65"), "width"); Add(f, small, "a.png"); }),
                ("the form field width must be a whole number", f => { f.Add(new StringContent("ten"), "width"); Add(f, small, "a.png"); }),
            ];
            foreach (var (expected, fill) in cases)
            {
                using var form = new MultipartFormDataContent();
                fill(form);
                if (!form.Any(c => c.Headers.ContentDisposition?.Name?.Trim('"') == "width"))
                {
                    form.Add(new StringContent("10"), "width");
                }

                form.Add(new StringContent("10"), "height");
                using var response = await lab.Client.PostAsync("/api/images", form);
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{expected}: {response.StatusCode}");
                AssertOneLine(await LabHost.Body(response), expected);
            }

            var json = await lab.Post("/api/images", "{}");
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.Status);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task TheCommandBindsLoopbackByDefaultAndPrintsATokenForOtherAddresses()
    {
        using (var loopback = await LabProcess.Start())
        {
            Assert.StartsWith("http://127.0.0.1:", loopback.Url, StringComparison.Ordinal);
            Assert.DoesNotContain("token", loopback.Url, StringComparison.Ordinal);
            using var client = new HttpClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(loopback.Url + "api/info")).StatusCode);
        }

        using var open = await LabProcess.Start("--host", "0.0.0.0");
        var uri = new Uri(open.Url);
        string token = System.Web.HttpUtility.ParseQueryString(uri.Query)["token"] ?? "";
        Assert.Matches("^[0-9a-f]{48}$", token);
        Assert.Contains("every request needs the access token", open.Banner, StringComparison.Ordinal);
        using var http = new HttpClient();
        string local = $"http://127.0.0.1:{uri.Port}/";
        using (var without = await http.GetAsync(local + "api/info"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        }

        using var with = await http.GetAsync(local + "api/info?token=" + token);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    [Theory]
    [InlineData("--host", "example.org", "--host: 'example.org' is not an IP address")]
    [InlineData("--port", "70000", "--port: 70000 is outside 0 … 65535")]
    [InlineData("--token", "short", "--token: a token is 16 … 128")]
    public void BadOptionsExitWith2AndOneLine(string option, string value, string expected)
    {
        var (exit, stderr) = LabProcess.RunToExit(option, value);
        Assert.Equal(2, exit);
        Assert.StartsWith(expected, stderr.Trim(), StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    private static void Add(MultipartFormDataContent form, byte[] data, string name) => form.Add(new ByteArrayContent(data), "files", name);

    private static void AssertOneLine(JsonObject body, string expected)
    {
        string error = (string?)body["error"] ?? throw new Xunit.Sdk.XunitException($"no error in {body.ToJsonString()}");
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
        Assert.True(error.Length < 400, error);
        Debug.WriteLine(error);
    }
}
