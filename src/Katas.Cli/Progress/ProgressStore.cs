using System.Text.Json;
using System.Text.Json.Serialization;

namespace Katas.Cli.Progress;

/// <summary>
/// The learner's progress in <c>.katas/progress.json</c> (git-ignored): hints seen and the last check
/// of each kata. A missing or unreadable file is an empty progress, never an error.
/// </summary>
internal sealed class ProgressStore
{
    /// <summary>The folder, relative to the repository root, where <c>katas</c> keeps its state and saved attempts.</summary>
    public const string StateFolder = ".katas";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private readonly string _path;
    private readonly Dictionary<string, KataProgress> _katas;

    private ProgressStore(string path, Dictionary<string, KataProgress> katas)
    {
        _path = path;
        _katas = katas;
    }

    /// <summary>Reads the progress of the repository at <paramref name="root"/>.</summary>
    public static ProgressStore Load(string root)
    {
        var path = Path.Combine(root, StateFolder, "progress.json");
        Dictionary<string, KataProgress>? katas = null;
        try
        {
            if (File.Exists(path))
            {
                katas = JsonSerializer.Deserialize<Dictionary<string, KataProgress>>(File.ReadAllText(path), Options);
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // A damaged file only loses hints and cached checks: start afresh rather than fail.
        }

        return new ProgressStore(path, new Dictionary<string, KataProgress>(katas ?? [], StringComparer.Ordinal));
    }

    /// <summary>Gets the progress of the kata named <paramref name="kata"/>, creating it when absent.</summary>
    public KataProgress For(string kata)
    {
        if (!_katas.TryGetValue(kata, out var progress))
        {
            _katas[kata] = progress = new KataProgress();
        }

        return progress;
    }

    /// <summary>Writes the progress back, atomically (a temporary file, then a rename).</summary>
    public void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var temporary = _path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(_katas, Options));
        File.Move(temporary, _path, overwrite: true);
    }
}
