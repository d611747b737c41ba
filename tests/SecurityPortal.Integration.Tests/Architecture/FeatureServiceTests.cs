using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace SecurityPortal.Integration.Tests.Architecture;

/// <summary>
/// The services an area's pages, endpoints and jobs call hold no UI types (MudBlazor, components), so they
/// could move into a project of their own the day a second host needs them.
/// </summary>
public sealed class FeatureServiceTests
{
    private static readonly string[] UiNamespaces = ["MudBlazor", "Microsoft.AspNetCore.Components"];

    private static IEnumerable<Type> FeatureServices() =>
        typeof(Program).Assembly.GetTypes().Where(t =>
            t.Namespace?.StartsWith("SecurityPortal.Web.Features.", StringComparison.Ordinal) == true
            && !typeof(IComponent).IsAssignableFrom(t)
            && !t.IsNested
            && t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null);

    private static IEnumerable<Type> TypesUsedBy(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var field in type.GetFields(all))
        {
            yield return field.FieldType;
        }

        foreach (var constructor in type.GetConstructors(all))
        {
            foreach (var parameter in constructor.GetParameters())
            {
                yield return parameter.ParameterType;
            }
        }

        foreach (var method in type.GetMethods(all))
        {
            yield return method.ReturnType;
            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }
        }
    }

    private static IEnumerable<Type> Unwrapped(Type type) =>
        type.IsGenericType ? [type, .. type.GetGenericArguments().SelectMany(Unwrapped)] : type.HasElementType ? Unwrapped(type.GetElementType()!) : [type];

    [Fact]
    public void FeatureServicesUseNoUiTypes()
    {
        var services = FeatureServices().ToList();

        var offenders = services
            .SelectMany(t => TypesUsedBy(t).SelectMany(Unwrapped).Where(u => UiNamespaces.Any(ns => u.Namespace?.StartsWith(ns, StringComparison.Ordinal) == true)).Select(u => $"{t.Name} uses {u.FullName}"))
            .Distinct()
            .ToList();

        Assert.Contains(services, t => t.Name == "ModelDeployments");
        Assert.Empty(offenders);
    }
}
