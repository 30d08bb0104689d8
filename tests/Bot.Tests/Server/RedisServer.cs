using System.Diagnostics;
using System.Net.Sockets;

namespace Policy.Bot.Tests.Server;

/// <summary>
/// A real redis-server (Debian's package; .ci/run installs it) on a free loopback port, for this test only. The test can
/// pause it (SIGSTOP: connections stay open and nothing answers), resume it, stop it and start it again on the same port.
/// </summary>
internal sealed class RedisServer : IDisposable
{
    private Process? process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    public string Connection => $"127.0.0.1:{Port}";

    public static RedisServer Start(int? port = null)
    {
        var server = new RedisServer(port ?? KestrelBot.FreePort());
        server.Restart();
        return server;
    }

    /// <summary>A port where nothing listens yet; <see cref="Restart"/> starts Redis there later.</summary>
    public static RedisServer NotStarted() => new(KestrelBot.FreePort());

    public void Restart()
    {
        var binary = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed: apt-get install -y redis-server (.ci/run does)");
        process = Process.Start(new ProcessStartInfo(binary, $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        process.Kill();
        throw new InvalidOperationException("redis-server did not start");
    }

    public void Pause() => Signal("STOP");

    public void Resume() => Signal("CONT");

    public void Stop()
    {
        if (process is { HasExited: false })
        {
            Signal("CONT");
            process.Kill();
            process.WaitForExit();
        }

        process?.Dispose();
        process = null;
    }

    public void Dispose() => Stop();

    private void Signal(string name)
    {
        using var kill = Process.Start("kill", $"-{name} {process!.Id}");
        kill.WaitForExit();
    }
}
