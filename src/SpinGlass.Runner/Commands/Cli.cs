using System.CommandLine;
using SpinGlass.Runner.Bench;

namespace SpinGlass.Runner.Commands;

/// <summary>Parses the command line and dispatches to the commands; usage errors exit with 2.</summary>
internal static class Cli
{
    public static int Invoke(string[] args, TextWriter output, TextWriter log, bool interactive, CancellationToken cancellation)
    {
        var config = new Argument<string>("config") { Description = "The YAML config of the experiment." };
        var outOption = new Option<string?>("--out") { Description = "Output directory. The default is results/NAME/." };
        var seedOption = new Option<ulong?>("--seed") { Description = "Master seed (overrides the config's seed)." };
        var threadsOption = new Option<int?>("--threads") { Description = "Worker threads, 1 … 4 × the cores. The default is the number of cores." };
        var setOption = new Option<string[]>("--set") { Description = "Override a config key: --set KEY=VALUE (YAML flow value).", Arity = ArgumentArity.ZeroOrMore };
        var noCharts = new Option<bool>("--no-charts") { Description = "Skip the PNG/SVG charts." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress on stderr (warnings and errors still appear)." };
        var json = new Option<bool>("--json") { Description = "Print summary.json on stdout instead of the result lines." };
        var verbose = new Option<bool>("--verbose") { Description = "Add the stack trace to an error." };
        var reuse = new Option<bool>("--reuse-points") { Description = "Keep points saved by another SpinGlass version (only when you know the numerics did not change)." };
        var shard = new Option<string?>("--shard") { Description = "Compute only shard K (0-based) of N, as K/N, into OUT/.points/; no results are written ('merge' joins the shards)." };
        var run = new Command("run", "Run an experiment config.") { config, outOption, seedOption, threadsOption, setOption, noCharts, quiet, json, verbose, reuse, shard };
        int exit = ExitCodes.Success;
        run.SetAction(parsed => exit = RunCommand.Execute(
            new RunOptions(
                parsed.GetValue(config)!,
                parsed.GetValue(outOption),
                parsed.GetValue(seedOption),
                parsed.GetValue(threadsOption),
                parsed.GetValue(setOption) ?? [],
                parsed.GetValue(noCharts),
                parsed.GetValue(quiet),
                parsed.GetValue(json),
                parsed.GetValue(verbose),
                parsed.GetValue(reuse),
                parsed.GetValue(shard)),
            output,
            log,
            interactive,
            cancellation));

        var configs = new Argument<string[]>("configs") { Description = "Config files to check.", Arity = ArgumentArity.OneOrMore };
        var validateSet = new Option<string[]>("--set") { Description = "Override a config key before checking.", Arity = ArgumentArity.ZeroOrMore };
        var validateThreads = new Option<int?>("--threads") { Description = "Check memory for this many worker threads, as run --threads would use. The default is the number of cores." };
        var validate = new Command("validate", "Check configs without running them.") { configs, validateSet, validateThreads };
        validate.SetAction(parsed => exit = ValidateCommand.Execute(parsed.GetValue(configs)!, parsed.GetValue(validateSet) ?? [], output, log, parsed.GetValue(validateThreads)));

        var markdown = new Option<bool>("--markdown") { Description = "Print docs/configs.md: every experiment's keys and columns as Markdown." };
        var list = new Command("list", "List the experiment kinds, their keys and defaults, and their output columns.") { markdown };
        list.SetAction(parsed =>
        {
            if (parsed.GetValue(markdown))
            {
                output.Write(ConfigsMarkdown.Generate());
                exit = ExitCodes.Success;
            }
            else
            {
                exit = ListCommand.Execute(output);
            }
        });

        var mergeOut = new Argument<string>("out") { Description = "The output directory the shards wrote to." };
        var merge = new Command("merge", "Write the results of a sharded run once every shard is done (computes nothing).")
        {
            mergeOut, noCharts, json, verbose, reuse,
        };
        merge.SetAction(parsed => exit = MergeCommand.Execute(
            new MergeOptions(parsed.GetValue(mergeOut)!, parsed.GetValue(noCharts), parsed.GetValue(json), parsed.GetValue(verbose), parsed.GetValue(reuse)),
            output,
            log,
            cancellation));

        var slurm = SlurmCommandLine(config, outOption, seedOption, setOption, noCharts, output, log, code => exit = code, cancellation);
        var bench = BenchCommandLine(output, log, code => exit = code, cancellation);

        var (recall, energy) = StateCommandLines(output, log, code => exit = code, cancellation);
        var lab = LabCommandLine(output, log, code => exit = code, cancellation);
        var network = NetworkCommandLine(output, log, code => exit = code);
        var chartsOut = new Argument<string>("OUT") { Description = "The output directory of a finished run (or a merged one)." };
        var chartFormats = new Option<string[]>("--format") { Description = "png, svg, pdf (repeat or comma-separate). The default is png and svg.", Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = true };
        var chartsInto = new Option<string?>("--into") { Description = "Directory to draw into. The default is OUT/charts/." };
        var chartSets = new Option<string[]>("--set") { Description = "chart.width=PX, chart.height=PX, chart.font_scale=S, chart.log_x=true, chart.log_y=true, chart.only=NAME,…", Arity = ArgumentArity.ZeroOrMore };
        var charts = new Command("charts", "Draw a finished run's charts again from its saved points (other sizes, fonts, log axes, PDF); no trial runs.") { chartsOut, chartFormats, chartsInto, chartSets };
        charts.SetAction(parsed => exit = ChartsCommand.Execute(parsed.GetValue(chartsOut)!, parsed.GetValue(chartFormats) ?? [], parsed.GetValue(chartsInto), parsed.GetValue(chartSets) ?? [], output, log, cancellation));
        var schemaOut = new Option<string?>("--out") { Description = "Write the schema to FILE (atomically) instead of stdout." };
        var schema = new Command("schema", "Print the JSON Schema of the configs (for editors: # yaml-language-server: $schema=…).") { schemaOut };
        schema.SetAction(parsed => exit = SchemaCommand.Execute(parsed.GetValue(schemaOut), output, log));

        var root = new RootCommand("SpinGlass: Monte Carlo and analytic theory of Ising models and Hopfield networks.") { run, validate, list, merge, slurm, bench, recall, energy, network, lab, schema, charts };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                log.WriteLine($"spinglass: {error.Message}");
            }

            log.WriteLine("Try 'spinglass --help'.");
            return ExitCodes.BadInput;
        }

        int code = parsed.Invoke(new InvocationConfiguration { Output = output, Error = log });
        return code != 0 ? code : exit;
    }

    private static Command SlurmCommandLine(
        Argument<string> config, Option<string?> outOption, Option<ulong?> seedOption, Option<string[]> setOption, Option<bool> noCharts, TextWriter output, TextWriter log,
        Action<int> setExit, CancellationToken cancellation)
    {
        var shards = new Option<int>("--shards") { Description = $"Split the run into N shards, one Slurm array task each (1 … {Cluster.SlurmCommand.MaxShards}).", Required = true };
        var threads = new Option<int>("--threads") { Description = "Worker threads (and --cpus-per-task) of each shard. The default is 1.", DefaultValueFactory = _ => 1 };
        var time = new Option<string?>("--time") { Description = "Time limit of each shard (Slurm's HH:MM:SS, D-HH:MM:SS, …). The default is suggested from the cost estimate." };
        var mem = new Option<string?>("--mem") { Description = "Memory of each shard (e.g. 4G). The default is suggested from the memory estimate." };
        var partition = new Option<string?>("--partition") { Description = "Slurm partition." };
        var account = new Option<string?>("--account") { Description = "Slurm account." };
        var sbatchArg = new Option<string[]>("--sbatch-arg") { Description = "An extra #SBATCH option for every job, e.g. --sbatch-arg=--qos=long (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var submit = new Option<bool>("--submit") { Description = "Submit the array and the merge with sbatch and print their job ids." };
        var wait = new Option<bool>("--wait") { Description = "With --submit: wait until the merge ends and exit with its status." };
        var resubmit = new Option<bool>("--resubmit-missing") { Description = "Submit only the shards whose points are missing or invalid, and a new merge after them." };
        var command = new Option<string?>("--spinglass") { Description = "The command that runs spinglass on the compute nodes. The default is this .NET host and assembly." };
        var slurm = new Command("slurm", "Write (and submit) Slurm job-array scripts that run a config as N shards and merge them.")
        {
            config, shards, outOption, threads, time, mem, partition, account, sbatchArg, submit, wait, resubmit, seedOption, setOption, noCharts, command,
        };
        slurm.SetAction(parsed => setExit(Cluster.SlurmCommand.Execute(
            new Cluster.SlurmOptions(
                parsed.GetValue(config)!,
                parsed.GetValue(shards),
                parsed.GetValue(outOption),
                parsed.GetValue(threads),
                parsed.GetValue(time),
                parsed.GetValue(mem),
                parsed.GetValue(partition),
                parsed.GetValue(account),
                parsed.GetValue(sbatchArg) ?? [],
                parsed.GetValue(submit),
                parsed.GetValue(wait),
                parsed.GetValue(resubmit),
                parsed.GetValue(setOption) ?? [],
                parsed.GetValue(seedOption),
                parsed.GetValue(noCharts),
                parsed.GetValue(command)),
            output,
            log,
            cancellation)));
        return slurm;
    }

    private static (Command Recall, Command Energy) StateCommandLines(TextWriter output, TextWriter log, Action<int> setExit, CancellationToken cancellation)
    {
        var network = new Option<string>("--network") { Description = "The network file (network.json; docs/lab.md).", Required = true };
        var state = new Option<string>("--state") { Description = "The state file (state.json; docs/lab.md).", Required = true };
        var rule = new Option<string?>("--rule") { Description = "zero-temperature (the default), synchronous or glauber. Modern networks: leave out." };
        var order = new Option<string?>("--order") { Description = "Site order of asynchronous rules: random (the default), sequential, permutation (every site once per sweep in a fresh random order) or rows (zero-temperature, grid networks)." };
        var temperature = new Option<double?>("--T") { Description = "Temperature of glauber (required, > 0) or synchronous (heat bath)." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the random stream (random and permutation order, glauber). The default is 1." };
        var maxSweeps = new Option<int?>("--max-sweeps") { Description = "Sweep limit. The default is 100." };
        var trace = new Option<string?>("--trace") { Description = "Also write the trajectory CSV to this file (atomically)." };
        var json = new Option<bool>("--json") { Description = "Print the trajectory and the final state as JSON instead of CSV." };
        var recall = new Command("recall", "Relax one state of a network, printing energy and overlaps after every sweep.") { network, state, rule, order, temperature, seed, maxSweeps, trace, json };
        recall.SetAction(parsed => setExit(RecallCommand.Recall(
            new RecallCommandOptions(
                parsed.GetValue(network)!, parsed.GetValue(state)!, parsed.GetValue(rule), parsed.GetValue(order), parsed.GetValue(temperature),
                parsed.GetValue(seed), parsed.GetValue(maxSweeps), parsed.GetValue(trace), parsed.GetValue(json)),
            output,
            log,
            cancellation)));

        var energyJson = new Option<bool>("--json") { Description = "Print the energy and overlaps as JSON." };
        var energy = new Command("energy", "Print the energy of one state of a network and its overlaps with the stored patterns.") { network, state, energyJson };
        energy.SetAction(parsed => setExit(RecallCommand.Energy(parsed.GetValue(network)!, parsed.GetValue(state)!, parsed.GetValue(energyJson), output, log)));
        return (recall, energy);
    }

    private static Command NetworkCommandLine(TextWriter output, TextWriter log, Action<int> setExit)
    {
        var letters = new Option<string?>("--letters") { Description = "Store built-in 10×10 letters: a range A-Z, a list ACEX, or both A-C,X." };
        var random = new Option<string?>("--random") { Description = "Store p random patterns of N neurons: N,p (e.g. 100,10)." };
        var images = new Option<string?>("--images") { Description = "Store images: a directory of them, or comma-separated files or globs (e.g. 'pics/*.png')." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of --random patterns. The default is 1." };
        var size = new Option<string?>("--size") { Description = $"Grid --images are resized to, WxH. The default is {NetworkCommand.DefaultImageSide}x{NetworkCommand.DefaultImageSide}." };
        var rule = new Option<string?>("--rule") { Description = "Learning rule: hebb (the default), storkey, pseudo-inverse or covariance." };
        var coding = new Option<double?>("--coding") { Description = "Coding level a (fraction of active units, 0 < a ≤ 0.5): the covariance rule learns around it; --random draws patterns with it." };
        var threshold = new Option<double?>("--threshold") { Description = "Covariance rule: the threshold θ of the 0/1 neurons. The default is ½ − a." };
        var selfCoupling = new Option<bool>("--self-coupling") { Description = "Keep the self-coupling J_ii in the zero-temperature field." };
        var outFile = new Option<string>("--out") { Description = "The network.json to write (atomically).", Required = true };
        var network = new Command("network", "Store letters, random patterns or images with a learning rule and write the network as network.json.")
        {
            letters, random, images, seed, size, rule, coding, threshold, selfCoupling, outFile,
        };
        network.SetAction(parsed => setExit(NetworkCommand.Execute(
            new NetworkCommandOptions(
                parsed.GetValue(letters), parsed.GetValue(random), parsed.GetValue(images), parsed.GetValue(seed), parsed.GetValue(size), parsed.GetValue(rule),
                parsed.GetValue(coding), parsed.GetValue(threshold), parsed.GetValue(selfCoupling), parsed.GetValue(outFile)!),
            output,
            log)));
        return network;
    }

    private static Command LabCommandLine(TextWriter output, TextWriter log, Action<int> setExit, CancellationToken cancellation)
    {
        var port = new Option<int?>("--port") { Description = $"Port to listen on; 0 picks a free one. The default is {LabCommand.DefaultPort}." };
        var host = new Option<string?>("--host") { Description = "Address to bind. The default is 127.0.0.1 (this machine only); any other address needs the access token printed at start-up." };
        var token = new Option<string?>("--token") { Description = "The access token (16 … 128 letters, digits, - or _). The default: none on loopback, a fresh random one otherwise." };
        var open = new Option<bool>("--open") { Description = "Open the page in the default browser (xdg-open)." };
        var lab = new Command("lab", "Serve the interactive draw-and-recall lab (docs/lab.md) until Ctrl-C.") { port, host, token, open };
        lab.SetAction(parsed => setExit(LabCommand.Execute(parsed.GetValue(host), parsed.GetValue(port), parsed.GetValue(token), parsed.GetValue(open), output, log, cancellation)));
        return lab;
    }

    private static Command BenchCommandLine(TextWriter output, TextWriter log, Action<int> setExit, CancellationToken cancellation)
    {
        var json = new Option<string?>("--json") { Description = "Also write the results as JSON to FILE (atomically)." };
        var quick = new Option<bool>("--quick") { Description = "Tiny sizes and few repetitions: a smoke test, not a measurement." };
        var kernels = new Option<string[]>("--kernel")
        {
            Description = $"Time only these kernels ({string.Join(", ", BenchKernels.All.Select(k => k.Name))}). The default is all.",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var yardstick = new Option<string?>("--yardstick") { Description = "Directory of the C yardstick binaries (hopfield, ising): run them and print the ratios." };
        var interleave = new Option<bool>("--interleave")
        {
            Description = "Time the kernels in rounds, one run of each per round (after an untimed run warming its caches), so that ratios between kernels come from the same seconds of a shared machine.",
        };
        var repetitions = new Option<int?>("--repetitions") { Description = "Timed runs per kernel (1 … 10000; the default is 11, 3 with --quick)." };
        var bench = new Command("bench", "Time the Monte Carlo kernels (median ns per update on one thread).") { json, quick, kernels, yardstick, interleave, repetitions };
        bench.SetAction(parsed => setExit(BenchCommand.Execute(
            new BenchOptions(parsed.GetValue(json), parsed.GetValue(quick), parsed.GetValue(kernels) ?? [], parsed.GetValue(yardstick), parsed.GetValue(interleave), parsed.GetValue(repetitions)),
            output,
            log,
            cancellation)));
        return bench;
    }
}
