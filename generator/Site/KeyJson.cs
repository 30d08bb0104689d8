using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Policy.Generator.Site;

/// <summary>
/// How views are serialized to be hashed into build keys (<see cref="BuildKeys"/>, a card's hash, a unit page's key):
/// with the serializer's metadata for the site's views made at compile time. Worked out by reflection on first use, it
/// cost every run of <c>generator build</c> ~50 ms for the policy view alone (docs/benchmarks.md). Other types (the
/// anonymous ones of some pages) fall back to reflection. The JSON is never published: only its hash is kept.
/// </summary>
internal static class KeyJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(KeyJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static byte[] Bytes(object value) => JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Options);

    public static string Text(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);
}

[JsonSerializable(typeof(PageView))]
[JsonSerializable(typeof(PolicyView))]
[JsonSerializable(typeof(List<PolicyView>))]
[JsonSerializable(typeof(UnitView))]
[JsonSerializable(typeof(List<UnitView>))]
[JsonSerializable(typeof(List<LinkView>))]
[JsonSerializable(typeof(SearchPageView))]
[JsonSerializable(typeof(CheckerView))]
[JsonSerializable(typeof(List<RegionChoice>))]
internal sealed partial class KeyJsonContext : JsonSerializerContext;
