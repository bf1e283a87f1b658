using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using SpinGlass.Runner.Lab;

namespace SpinGlass.Lab.Tests;

/// <summary>The lab's server in memory (ASP.NET Core's TestServer): the same pipeline as <c>spinglass lab</c>, no socket.</summary>
internal sealed class LabHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LabHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<LabHost> Start(string? token = null, LabLimits? limits = null, bool loopback = true)
    {
        var options = new LabOptions(loopback ? IPAddress.Loopback : IPAddress.Any, 0, token);
        var app = LabServer.Build(options, limits ?? new LabLimits(), builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        var client = app.GetTestClient();
        client.BaseAddress = new Uri("http://localhost/");
        client.DefaultRequestHeaders.Add(LabServer.PostHeader, "1");
        return new LabHost(app, client);
    }

    public async Task<(HttpStatusCode Status, JsonObject Body)> Post(string path, string json, string contentType = "application/json")
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await Client.PostAsync(path, content);
        return (response.StatusCode, await Body(response));
    }

    public Task<(HttpStatusCode Status, JsonObject Body)> Post(string path, JsonNode json) => Post(path, json.ToJsonString());

    public async Task<(HttpStatusCode Status, JsonObject Body)> Get(string path)
    {
        using var response = await Client.GetAsync(path);
        return (response.StatusCode, await Body(response));
    }

    public static async Task<JsonObject> Body(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) as JsonObject ?? throw new InvalidOperationException($"not a JSON object: {text}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
