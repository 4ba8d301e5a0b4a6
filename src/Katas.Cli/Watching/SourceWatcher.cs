namespace Katas.Cli.Watching;

/// <summary>
/// Waits for source files (<c>*.cs</c>, <c>*.csproj</c>, <c>*.props</c>) under some folders to change,
/// ignoring <c>bin</c> and <c>obj</c>. A change is decided by comparing snapshots (length, time and content
/// of every file), so it never misses one: file system events only wake it early, and where they do not
/// arrive (VMs, network drives, exhausted inotify watches) the periodic poll still sees the change.
/// After the first difference it waits until the files stay the same for the debounce interval, so that
/// an editor's burst of writes (or "save all") triggers one run.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    private static readonly string[] Extensions = [".cs", ".csproj", ".props"];

    private readonly IReadOnlyList<string> _directories;
    private readonly TimeSpan _pollInterval;
    private readonly TimeSpan _debounce;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _signal = new(0, 1);
    private Dictionary<string, (long Length, DateTime Written, ulong Content)> _last;

    /// <summary>Starts watching <paramref name="directories"/> (those that exist).</summary>
    /// <param name="directories">Folders to watch, recursively.</param>
    /// <param name="pollInterval">How often to compare snapshots when no event arrives.</param>
    /// <param name="debounce">How long the files must stay unchanged before a change counts.</param>
    /// <param name="useEvents">Whether to listen to file system events as well as polling.</param>
    public SourceWatcher(IReadOnlyList<string> directories, TimeSpan pollInterval, TimeSpan debounce, bool useEvents)
    {
        ArgumentNullException.ThrowIfNull(directories);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(pollInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(debounce, TimeSpan.Zero);

        _directories = directories.Where(Directory.Exists).ToArray();
        _pollInterval = pollInterval;
        _debounce = debounce;
        _last = Snapshot();
        if (useEvents)
        {
            StartEvents();
        }
    }

    /// <summary>Gets whether file system events are in use (otherwise it only polls).</summary>
    public bool UsesEvents => _watchers.Count > 0;

    /// <summary>Gets why events are not in use, when they were wanted but could not be had.</summary>
    public string? EventsUnavailable { get; private set; }

    /// <summary>Waits until a watched file is created, changed or deleted, and returns their paths.</summary>
    public async Task<IReadOnlyList<string>> WaitForChangeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await _signal.WaitAsync(_pollInterval, cancellationToken).ConfigureAwait(false);
            var current = Snapshot();
            if (SameAs(_last, current))
            {
                continue;
            }

            while (true)
            {
                await Task.Delay(_debounce, cancellationToken).ConfigureAwait(false);
                var settled = Snapshot();
                if (SameAs(current, settled))
                {
                    break;
                }

                current = settled;
            }

            var changed = current.Keys.Union(_last.Keys)
                .Where(path => !_last.TryGetValue(path, out var before) || !current.TryGetValue(path, out var after) || before != after)
                .Order(StringComparer.Ordinal)
                .ToArray();
            _last = current;
            return changed;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _signal.Dispose();
    }

    private void StartEvents()
    {
        try
        {
            foreach (var directory in _directories)
            {
                var watcher = new FileSystemWatcher(directory)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                };
                watcher.Changed += (_, e) => Wake(e.FullPath);
                watcher.Created += (_, e) => Wake(e.FullPath);
                watcher.Deleted += (_, e) => Wake(e.FullPath);
                watcher.Renamed += (_, e) => Wake(e.FullPath);
                watcher.Error += (_, _) => Wake(null);
                watcher.EnableRaisingEvents = true;
                _watchers.Add(watcher);
            }
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or UnauthorizedAccessException or ArgumentException)
        {
            // For example "the configured user limit on the number of inotify instances has been reached".
            foreach (var watcher in _watchers)
            {
                watcher.Dispose();
            }

            _watchers.Clear();
            EventsUnavailable = e.Message;
        }
    }

    private void Wake(string? path)
    {
        if (path is not null && !IsSource(path))
        {
            return;
        }

        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
        catch (ObjectDisposedException)
        {
            // An event that raced with Dispose.
        }
    }

    private bool IsSource(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
        && !_directories.Any(d => path.StartsWith(d, StringComparison.Ordinal) && Progress.SourceFingerprint.IsBuildOutput(d, path));

    private Dictionary<string, (long Length, DateTime Written, ulong Content)> Snapshot()
    {
        var snapshot = new Dictionary<string, (long, DateTime, ulong)>(StringComparer.Ordinal);
        foreach (var directory in _directories)
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
            foreach (var file in new DirectoryInfo(directory).EnumerateFiles("*", options))
            {
                if (IsSource(file.FullName))
                {
                    snapshot[file.FullName] = (file.Length, file.LastWriteTimeUtc, Hash(file.FullName));
                }
            }
        }

        return snapshot;
    }

    // The content too: where timestamps are coarse (FAT, some network drives), an edit that keeps the
    // length within the same tick would otherwise go unseen. Source files are small.
    private static ulong Hash(string path)
    {
        try
        {
            var hash = 14695981039346656037UL; // FNV-1a
            foreach (var b in File.ReadAllBytes(path))
            {
                hash = (hash ^ b) * 1099511628211UL;
            }

            return hash;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0; // being written right now: the next snapshot will tell
        }
    }

    private static bool SameAs(Dictionary<string, (long Length, DateTime Written, ulong Content)> a, Dictionary<string, (long Length, DateTime Written, ulong Content)> b) =>
        a.Count == b.Count && a.All(entry => b.TryGetValue(entry.Key, out var other) && other == entry.Value);
}
