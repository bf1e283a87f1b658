using System.Text.Json.Nodes;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Interactions;
using OpenQA.Selenium.Support.UI;
using Xunit.Abstractions;

namespace SpinGlass.Lab.Tests;

/// <summary>
/// The lab in a real browser: <c>spinglass lab</c> on a free loopback port, driven through Debian's Chromium and
/// ChromeDriver (installed by <c>.ci/run</c>) with mouse events as a user would. Screenshots go to the test output
/// (<c>bin/…/screenshots/</c>).
/// </summary>
public sealed class LabBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriver = "/usr/bin/chromedriver";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task DrawANoisyARunRecallItAndRoundTripTheExport()
    {
        using var lab = await LabProcess.Start();
        using var browser = Open(lab.Url);
        var memory = Memories(browser)[0];
        var a = Letters.Spins('A');

        // draw A by dragging along each run of its cells, leaving out two of them and adding two stray cells
        int[] leftOut = [FirstOn(a, 2), FirstOn(a, 7)];
        int[] stray = [0, 45];
        DrawRuns(browser, memory, a, leftOut);
        foreach (int i in stray)
        {
            new Actions(browser).Click(Cell(memory, i)).Perform();
        }

        var drawn = Grid(memory);
        Assert.Equal(leftOut.Length + stray.Length, Enumerable.Range(0, 100).Count(i => drawn[i] != a[i]));
        WaitFor(browser, () => memory.GetAttribute("data-hamming") == "4", "the read-outs of the drawing");
        double before = Energy(memory);
        Assert.Equal("A", memory.GetAttribute("data-nearest"));
        Save(browser, "lab-noisy-a.png");

        Click(browser, "run");
        WaitFor(browser, () => memory.GetAttribute("data-status") == "done", "the run to finish");
        Assert.Equal(a, Grid(memory));
        double after = Energy(memory);
        Assert.True(after < before, $"the energy read-out went from {before} to {after}");
        Assert.Equal("0", memory.GetAttribute("data-hamming"));
        Assert.Equal("fixed point", memory.FindElement(By.ClassName("status")).Text);
        Assert.True(memory.FindElements(By.CssSelector(".trajectory polyline")).Count == 1, "no E(t) line");
        Save(browser, "lab-recalled-a.png");

        // Export JSON → change everything → Import JSON brings it back
        Click(browser, "export");
        string exported = browser.FindElement(By.Id("io-text")).GetAttribute("value")!;
        var json = JsonNode.Parse(exported)!;
        Assert.Equal("spinglass-lab", (string)json["format"]!);
        Assert.Equal("ABC", (string)json["memories"]![0]!["network"]!["letters"]!);
        Click(browser, "clear");
        WaitFor(browser, () => Grid(memory).All(s => s < 0), "the cleared grid");
        Click(browser, "import");
        WaitFor(browser, () => Grid(memory).SequenceEqual(a), "the imported state");
        WaitFor(browser, () => Math.Abs(Energy(memory) - after) < 1e-9, "the imported energy");
        Click(browser, "export");
        var again = JsonNode.Parse(browser.FindElement(By.Id("io-text")).GetAttribute("value")!)!;
        Assert.Equal(json["memories"]!.ToJsonString(), again["memories"]!.ToJsonString());
        Assert.Equal(json["drawing"]!.ToJsonString(), again["drawing"]!.ToJsonString());
        Assert.Equal(string.Empty, browser.FindElement(By.Id("message")).GetAttribute("class") ?? string.Empty);
    }

    [Fact]
    public async Task OnLettersAToGTheClassicalMemoryLosesACleanGAndTheCubicDenseMemoryKeepsIt()
    {
        using var lab = await LabProcess.Start();
        using var browser = Open(lab.Url);
        StoreLettersAToG(browser);
        Click(browser, "side-by-side");
        var memories = Memories(browser);
        Assert.Equal(2, memories.Count);
        Assert.Equal("dense", new SelectElement(memories[1].FindElement(By.ClassName("kind"))).SelectedOption.GetAttribute("value"));
        Assert.Equal("rows", new SelectElement(memories[1].FindElement(By.ClassName("order"))).SelectedOption.GetAttribute("value"));

        new SelectElement(browser.FindElement(By.Id("draw-pattern"))).SelectByText("G");
        Click(browser, "draw-stored");
        var g = Letters.Spins('G');
        WaitFor(browser, () => memories.All(m => Grid(m).SequenceEqual(g) && m.GetAttribute("data-hamming") == "0"), "a clean G on both grids");
        Click(browser, "run");
        WaitFor(browser, () => memories.All(m => m.GetAttribute("data-status") == "done"), "both runs to finish");
        Save(browser, "lab-side-by-side-g.png");

        var classical = Grid(memories[0]);
        int lost = Enumerable.Range(0, 100).Count(i => classical[i] != g[i]);
        output.WriteLine($"classical: ends {lost} bits from G, nearest {memories[0].GetAttribute("data-nearest")}; dense: {memories[1].GetAttribute("data-hamming")} bits from G");
        Assert.True(lost > 0, "the classical network kept the clean G");
        Assert.Equal(g, Grid(memories[1]));
        Assert.Equal("G", memories[1].GetAttribute("data-nearest"));
    }

    [Fact]
    public async Task ThePseudoInverseRuleKeepsTheCleanGThatHebbLosesAndTheExportSaysSo()
    {
        using var lab = await LabProcess.Start();
        using var browser = Open(lab.Url);
        StoreLettersAToG(browser);
        var memory = Memories(browser)[0];
        Assert.False(memory.FindElement(By.ClassName("coding")).Displayed, "the coding level shows for Hebb");
        new SelectElement(memory.FindElement(By.ClassName("learning"))).SelectByValue("covariance");
        Assert.True(memory.FindElement(By.ClassName("coding")).Displayed, "no coding level for the covariance rule");
        new SelectElement(memory.FindElement(By.ClassName("learning"))).SelectByValue("pseudo-inverse");

        new SelectElement(browser.FindElement(By.Id("draw-pattern"))).SelectByText("G");
        Click(browser, "draw-stored");
        var g = Letters.Spins('G');
        WaitFor(browser, () => Grid(memory).SequenceEqual(g) && memory.GetAttribute("data-hamming") == "0", "a clean G");
        Click(browser, "run");
        WaitFor(browser, () => memory.GetAttribute("data-status") == "done", "the run to finish");
        Save(browser, "lab-pseudo-inverse-g.png");

        Assert.Equal(g, Grid(memory));
        Assert.Equal("fixed point", memory.FindElement(By.ClassName("status")).Text);
        Click(browser, "export");
        var exported = JsonNode.Parse(browser.FindElement(By.Id("io-text")).GetAttribute("value")!)!["memories"]![0]!;
        Assert.Equal("pseudo-inverse", (string)exported["network"]!["rule"]!);
        Assert.Equal(2, (int)exported["network"]!["version"]!);
        Assert.Equal("pseudo-inverse", (string)exported["settings"]!["learning"]!);
    }

    [Fact]
    public async Task UploadedImagesInAModernMemoryAndCopyAsConfig()
    {
        string dir = Directory.CreateTempSubdirectory("lab-browser-images").FullName;
        try
        {
            string ring = TestImages.Ring(Path.Combine(dir, "ring.png"), 64, 64);
            string bar = TestImages.Bar(Path.Combine(dir, "bar.png"), 64, 64);
            using var lab = await LabProcess.Start();
            using var browser = Open(lab.Url);
            new SelectElement(browser.FindElement(By.Id("set-kind"))).SelectByValue("images");
            foreach (var (id, value) in new[] { ("image-width", "16"), ("image-height", "16") })
            {
                var input = browser.FindElement(By.Id(id));
                input.Clear();
                input.SendKeys(value);
            }

            browser.FindElement(By.Id("image-files")).SendKeys(ring + "\n" + bar);
            Click(browser, "store");
            WaitFor(browser, () => browser.FindElements(By.CssSelector("#stored figure")).Count == 2, "two stored images");
            var memory = Memories(browser)[0];
            WaitFor(browser, () => memory.FindElements(By.CssSelector(".grid .cell")).Count == 256, "a 16×16 grid");

            new SelectElement(memory.FindElement(By.ClassName("kind"))).SelectByValue("modern");
            new SelectElement(browser.FindElement(By.Id("draw-pattern"))).SelectByText("ring.png");
            Click(browser, "draw-stored");
            var noise = browser.FindElement(By.Id("noise"));
            noise.Clear();
            noise.SendKeys("0.2");
            Click(browser, "add-noise");
            WaitFor(browser, () => memory.GetAttribute("data-hamming") is { } h && int.Parse(h, System.Globalization.CultureInfo.InvariantCulture) > 0, "the noisy ring's read-outs");
            Click(browser, "run");
            WaitFor(browser, () => memory.GetAttribute("data-status") == "done", "the modern run");
            Assert.Equal("ring.png", memory.GetAttribute("data-nearest"));
            Assert.Equal("0", memory.GetAttribute("data-hamming"));
            Save(browser, "lab-modern-images.png");

            Click(browser, "copy-config");
            WaitFor(browser, () => browser.FindElement(By.Id("io-text")).GetAttribute("value")!.Contains("experiment: modern", StringComparison.Ordinal), "the config");
            string yaml = browser.FindElement(By.Id("io-text")).GetAttribute("value")!;
            Assert.Contains("patterns: images", yaml, StringComparison.Ordinal);
            Assert.Contains("ring.png, bar.png", yaml, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task ALabWithATokenWorksInTheBrowserFromItsPrintedUrl()
    {
        using var lab = await LabProcess.Start("--host", "0.0.0.0");
        var printed = new Uri(lab.Url);
        Assert.Contains("token=", printed.Query, StringComparison.Ordinal);
        using var browser = Open($"http://127.0.0.1:{printed.Port}/{printed.Query}");
        var memory = Memories(browser)[0];
        new Actions(browser).Click(Cell(memory, 44)).Perform();
        WaitFor(browser, () => memory.GetAttribute("data-hamming") is not null && memory.GetAttribute("class")!.Length > 0 && Grid(memory)[44] > 0, "a painted cell");
        Click(browser, "step-sweep");
        WaitFor(browser, () => memory.FindElement(By.ClassName("status")).Text is "fixed point" or "moving", "a sweep through the token-guarded API");
        Assert.Equal(string.Empty, browser.FindElement(By.Id("message")).Text);
    }

    private ChromeDriver Open(string url)
    {
        Assert.True(File.Exists(Chromium) && File.Exists(ChromeDriver), $"the browser tests need Debian's chromium and chromium-driver ({Chromium}, {ChromeDriver}); .ci/run installs them");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1500,1000", "--force-device-scale-factor=1");
        var driver = new ChromeDriver(service, options, Patience);
        try
        {
            driver.Navigate().GoToUrl(url);
            WaitFor(driver, () => driver.FindElement(By.TagName("body")).GetAttribute("data-ready") == "true", "the page to load");
            WaitFor(driver, () => Memories(driver)[0].GetAttribute("data-energy") is not null, "the first read-outs");
            output.WriteLine($"lab at {url}; {driver.Capabilities.GetCapability("browserName")} {driver.Capabilities.GetCapability("browserVersion")}");
            return driver;
        }
        catch
        {
            driver.Dispose();
            throw;
        }
    }

    private static List<IWebElement> Memories(ChromeDriver browser) =>
        [.. browser.FindElements(By.CssSelector("#memories .memory")).Where(m => m.Displayed)];

    private static IWebElement Cell(IWebElement memory, int i) => memory.FindElement(By.CssSelector($".grid .cell[data-i='{i}']"));

    private static sbyte[] Grid(IWebElement memory) =>
        [.. memory.FindElements(By.CssSelector(".grid .cell")).Select(c => c.GetAttribute("class")!.Split(' ').Contains("on") ? (sbyte)1 : (sbyte)-1)];

    private static double Energy(IWebElement memory) => double.Parse(memory.GetAttribute("data-energy")!, System.Globalization.CultureInfo.InvariantCulture);

    private static int FirstOn(sbyte[] spins, int row) => Enumerable.Range(row * 10, 10).First(i => spins[i] > 0);

    /// <summary>Paints every +1 cell of <paramref name="spins"/> but <paramref name="skip"/>, dragging the mouse along each horizontal run.</summary>
    private static void DrawRuns(ChromeDriver browser, IWebElement memory, sbyte[] spins, int[] skip)
    {
        for (int row = 0; row < 10; row++)
        {
            int c = 0;
            while (c < 10)
            {
                int i = row * 10 + c;
                if (spins[i] < 0 || skip.Contains(i))
                {
                    c++;
                    continue;
                }

                int end = c;
                while (end + 1 < 10 && spins[row * 10 + end + 1] > 0 && !skip.Contains(row * 10 + end + 1))
                {
                    end++;
                }

                var drag = new Actions(browser).MoveToElement(Cell(memory, i)).ClickAndHold();
                for (int k = c + 1; k <= end; k++)
                {
                    drag = drag.MoveToElement(Cell(memory, row * 10 + k));
                }

                drag.Release().Perform();
                c = end + 1;
            }
        }
    }

    private static void StoreLettersAToG(ChromeDriver browser)
    {
        var letters = browser.FindElement(By.Id("letters"));
        letters.Clear();
        letters.SendKeys("A-G");
        Click(browser, "store");
        WaitFor(browser, () => browser.FindElements(By.CssSelector("#stored figure")).Count == 7, "seven stored letters");
    }

    private static void Click(ChromeDriver browser, string id) => browser.FindElement(By.Id(id)).Click();

    private static void WaitFor(ChromeDriver browser, Func<bool> condition, string what)
    {
        var wait = new WebDriverWait(browser, Patience) { PollingInterval = TimeSpan.FromMilliseconds(50) };
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
        try
        {
            wait.Until(_ => condition());
        }
        catch (WebDriverTimeoutException)
        {
            string message = browser.FindElement(By.Id("message")).Text;
            throw new Xunit.Sdk.XunitException($"waited {Patience.TotalSeconds} s for {what}; the page says: '{message}'");
        }
    }

    private void Save(ChromeDriver browser, string name)
    {
        string directory = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, name);
        browser.GetScreenshot().SaveAsFile(path);
        output.WriteLine($"screenshot: {path}");
    }
}
