using MimeKit;

namespace SecurityPortal.Web.Infrastructure.Mail;

/// <summary>
/// The embedded default: one <c>.eml</c> file per message, named by its Message-Id, written to a temporary name and
/// moved into place so a reader never sees half a message and a second attempt replaces, never doubles, the file.
/// </summary>
public sealed class PickupFolderMailSender(string folder) : IMailSender
{
    public string Folder { get; } = folder;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = FileNameOf(message.MessageId ?? Guid.NewGuid().ToString("N"));
        var target = Path.Combine(Folder, name + ".eml");
        var temporary = Path.Combine(Folder, $".{name}.{Guid.NewGuid():N}.tmp");
        await using (var stream = File.Create(temporary))
        {
            await message.WriteToAsync(stream, cancellationToken);
        }

        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>The Message-Id without its angle brackets and with anything a file system dislikes replaced.</summary>
    public static string FileNameOf(string messageId) =>
        new([.. messageId.Trim('<', '>').Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '_')]);
}
