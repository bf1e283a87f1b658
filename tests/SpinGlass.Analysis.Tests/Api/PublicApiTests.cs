using System.Reflection;
using System.Text;

namespace SpinGlass.Analysis.Tests.Api;

/// <summary>
/// The public API of the three libraries is a deliberate surface: api/NAME.txt lists every public type and member, and
/// a change to it fails this test until the listing is regenerated (SPINGLASS_UPDATE_API=1 dotnet test --filter
/// PublicApi) and the diff reviewed with the change.
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Libraries => new() { "SpinGlass.Models", "SpinGlass.Sampling", "SpinGlass.Analysis" };

    [Theory]
    [MemberData(nameof(Libraries))]
    public void The_public_api_is_the_committed_listing(string name)
    {
        var assembly = Assembly.Load(name);
        string listing = Listing(assembly);
        string path = Path.Combine(RepositoryRoot(), "api", name + ".txt");
        if (Environment.GetEnvironmentVariable("SPINGLASS_UPDATE_API") == "1")
        {
            File.WriteAllText(path, listing);
        }

        Assert.True(File.Exists(path), $"api/{name}.txt is missing: run SPINGLASS_UPDATE_API=1 dotnet test --filter PublicApi");
        string committed = File.ReadAllText(path);
        if (committed != listing)
        {
            var before = committed.Split('\n').ToHashSet(StringComparer.Ordinal);
            var after = listing.Split('\n').ToHashSet(StringComparer.Ordinal);
            string added = string.Join("\n", after.Except(before).Take(15).Select(l => "+ " + l));
            string removed = string.Join("\n", before.Except(after).Take(15).Select(l => "- " + l));
            Assert.Fail($"The public API of {name} changed; if that is deliberate, run SPINGLASS_UPDATE_API=1 dotnet test --filter PublicApi and commit api/{name}.txt.\n{added}\n{removed}");
        }
    }

    private static string Listing(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add($"{Kind(type)} {Name(type)}");
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var members = type.GetMembers(flags)
                .Where(m => m is not MethodInfo { IsSpecialName: true } && m is not Type)
                .Select(m => "  " + Member(m))
                .Concat(type.GetMembers(BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => m is MethodBase { IsFamily: true } or MethodBase { IsFamilyOrAssembly: true } && m is not MethodInfo { IsSpecialName: true })
                    .Select(m => "  protected " + Member(m)))
                .Order(StringComparer.Ordinal);
            lines.AddRange(members);
        }

        var text = new StringBuilder();
        foreach (string line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class" : "class";

    private static string Name(Type type)
    {
        if (!type.IsGenericType)
        {
            return (type.FullName ?? type.Name).Replace('+', '.');
        }

        string baseName = (type.GetGenericTypeDefinition().FullName ?? type.Name).Replace('+', '.');
        baseName = baseName[..baseName.IndexOf('`', StringComparison.Ordinal)];
        return $"{baseName}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }

    private static string Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"{(c.IsStatic ? "static " : "")}.ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}{(m.IsGenericMethod ? $"<{string.Join(", ", m.GetGenericArguments().Select(a => a.Name))}>" : "")}({Parameters(m)})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{{(p.GetMethod?.IsPublic == true ? " get;" : "")}{(p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? " init;" : " set;") : "")} }}{Indexer(p)}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        _ => member.ToString() ?? member.Name,
    };

    private static string Indexer(PropertyInfo property) =>
        property.GetIndexParameters() is { Length: > 0 } parameters ? $"[{string.Join(", ", parameters.Select(p => Name(p.ParameterType)))}]" : "";

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "")}{Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType)} {p.Name}"));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpinGlass.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SpinGlass.sln not found above the test directory");
    }
}
