using System.Security.Cryptography;

namespace SecurityPortal.Web.Security;

/// <summary>A random first password that meets the password policy, for new accounts and demo users.</summary>
public static class InitialPassword
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    // Upper, lower, digit and symbol guaranteed around 16 random characters: 20 in all.
    public static string Generate() => $"Pw{RandomNumberGenerator.GetString(Alphabet, 16)}-7x";
}
