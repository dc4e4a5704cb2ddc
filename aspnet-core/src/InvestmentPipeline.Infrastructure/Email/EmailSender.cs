using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace InvestmentPipeline.Infrastructure.Email;

public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string Body);

/// <summary>Mail to people outside the app (reminders); tests replace it, as SMTP is outside the machine.</summary>
public interface IEmailSender
{
    /// <summary>False when no SMTP server is configured: the in-app reminder is then the only one.</summary>
    Task<bool> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>`Smtp` settings; without a host, mail is not sent.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public bool UseSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "noreply@investment-pipeline.local";

    public string FromName { get; set; } = "投资项目全流程管理系统";
}

internal sealed class SmtpEmailSender(IOptions<SmtpOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task<bool> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host) || message.To.Count == 0)
        {
            logger.LogInformation("Mail not sent ({Subject}): no SMTP host configured or no recipient", message.Subject);
            return false;
        }

        var mime = new MimeMessage { Subject = message.Subject, Body = new TextPart("plain") { Text = message.Body } };
        mime.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        mime.To.AddRange(message.To.Select(MailboxAddress.Parse));
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        return true;
    }
}
