namespace Katas.Tests.Infrastructure;

/// <summary>A property failed; the message holds FsCheck's report and how to replay it.</summary>
public sealed class PropertyFailedException : Exception
{
    public PropertyFailedException()
    {
    }

    public PropertyFailedException(string message)
        : base(message)
    {
    }

    public PropertyFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
