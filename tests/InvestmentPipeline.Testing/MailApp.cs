using System.Net;
using System.Net.Sockets;
using MimeKit;
using netDumbster.smtp;

namespace InvestmentPipeline.Testing;

/// <summary>The host with its real mail sender pointed at a fake SMTP server on this machine, the clock on 15 March 2025 (10:00 in Shanghai).</summary>
public abstract class MailApp : AppFactory
{
    private readonly int port = FreePort();

    protected MailApp(DatabaseKind kind)
        : base(kind)
    {
        Smtp = SimpleSmtpServer.Start(port);
    }

    public SimpleSmtpServer Smtp { get; }

    protected override DateTimeOffset StartTime => new(2025, 3, 15, 2, 0, 0, TimeSpan.Zero); // 10:00 in Shanghai

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The one mail to the address.</summary>
    public async Task<MimeMessage> MailToAsync(string address) => (await MailsToAsync(address)).Single();

    /// <summary>The mails to the address; the server stores a mail a moment after the sender has finished.</summary>
    public async Task<List<MimeMessage>> MailsToAsync(string address)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var mails = Smtp.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))
                .Where(m => m.To.Mailboxes.Any(to => to.Address == address)).ToList();
            if (mails.Count > 0)
            {
                return mails;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail to {address} within 5 s.");
    }

    public override async ValueTask DisposeAsync()
    {
        Smtp.Stop();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class SqliteMailApp() : MailApp(DatabaseKind.Sqlite);

public sealed class PostgresMailApp() : MailApp(DatabaseKind.PostgreSQL);
