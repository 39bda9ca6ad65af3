using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NeighborParty.SampleApi.Tests.Durability;

/// <summary>The sample host started as a separate operating-system process, as in production.</summary>
internal sealed class HostProcess : IDisposable
{
    /// <summary>How long a started host may take to answer <c>/health</c>.</summary>
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> environment, int port = 0)
    {
        port = port == 0 ? FreePort() : port;
        var address = new Uri($"http://127.0.0.1:{port}");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath ? hostPath : "dotnet";
        var start = new ProcessStartInfo(dotnet, ["NeighborParty.SampleApi.dll"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        var host = new HostProcess(process, address);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // The host seeds the demo before it answers: about 9 s on an idle 2-core machine, several times that while
        // CI runs the other test assemblies and builds beside it. The bound only catches a host that hangs.
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < ReadyWithin)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The host exited early:\n" + host.Output);
            }

            try
            {
                if ((await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        host.Kill();
        throw new TimeoutException($"The host did not become healthy within {ReadyWithin.TotalSeconds:0} s:\n" + host.Output);
    }

    /// <summary>Kills the process and its children at once, without any chance to flush or shut down.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
