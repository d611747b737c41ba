namespace SecurityPortal.Web.Features.Account;

/// <summary>The key to type into an authenticator app, grouped for reading, and the same as an otpauth link.</summary>
public sealed record AuthenticatorSetup(string Key, string OtpAuthUri);
