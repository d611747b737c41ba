using SecurityPortal.Web.Infrastructure.Settings;

namespace SecurityPortal.Web.Infrastructure.Mail;

/// <summary>One mail sender for the whole portal: SMTP when <c>Portal:Mail:Smtp:Host</c> is set, else the pickup folder.</summary>
public static class MailRegistration
{
    public static IServiceCollection AddPortalMail(this IServiceCollection services, IConfiguration configuration)
    {
        var mail = services.AddPortalSettings<MailOptions>(configuration, MailOptions.Section);
        services.AddSingleton<IMailSender>(provider =>
        {
            if (mail.UsesSmtp)
            {
                return new SmtpMailSender(mail.Smtp);
            }

            var contentRoot = provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
            return new PickupFolderMailSender(Path.IsPathRooted(mail.PickupFolder) ? mail.PickupFolder : Path.Combine(contentRoot, mail.PickupFolder));
        });
        services.AddScoped<MailDeliveryJob>();
        return services;
    }
}
