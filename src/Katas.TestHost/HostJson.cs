using System.Text.Json;

namespace Katas.TestHost;

/// <summary>How requests and events are written: one line of JSON each.</summary>
internal static class HostJson
{
    /// <summary>Gets the serializer options both sides use.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Writes <paramref name="value"/> as one line.</summary>
    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Reads a line written by <see cref="Line{T}"/>.</summary>
    /// <exception cref="JsonException">The line is not such JSON.</exception>
    public static T Read<T>(string line) =>
        JsonSerializer.Deserialize<T>(line, Options) ?? throw new JsonException($"'{line}' is not a {typeof(T).Name}.");
}
