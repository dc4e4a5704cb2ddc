namespace InvestmentPipeline.Identity.Security;

/// <summary>The login policy (等保2.0 defaults), section `LoginPolicy`; every value can be configured.</summary>
internal sealed class LoginPolicyOptions
{
    public const string Section = "LoginPolicy";

    public int PasswordMinLength { get; set; } = 8;

    /// <summary>How many of upper case, lower case, digits and symbols a password must mix.</summary>
    public int PasswordCharacterClasses { get; set; } = 3;

    public int MaxFailedAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 30;

    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>Login attempts allowed per client IP per minute before 429.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>How often a session re-reads the account (disabled users and changed permissions take effect).</summary>
    public int SessionRevalidationSeconds { get; set; } = 60;
}
