using System.Threading.RateLimiting;
using InvestmentPipeline.Identity.Contracts;
using InvestmentPipeline.Identity.Data;
using InvestmentPipeline.Identity.Domain;
using InvestmentPipeline.Identity.Features.Account;
using InvestmentPipeline.Identity.Features.DepartmentAliases;
using InvestmentPipeline.Identity.Features.AuditLogs;
using InvestmentPipeline.Identity.Features.DepartmentLookup;
using InvestmentPipeline.Identity.Features.Departments;
using InvestmentPipeline.Identity.Features.Roles;
using InvestmentPipeline.Identity.Features.Users;
using InvestmentPipeline.Identity.Jobs;
using InvestmentPipeline.Identity.Security;
using InvestmentPipeline.Identity.Seeding;
using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Jobs;
using InvestmentPipeline.Infrastructure.Persistence;
using InvestmentPipeline.Infrastructure.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InvestmentPipeline.Identity;

/// <summary>Users, departments, roles and permissions, the login policy, and the audit log's pages.</summary>
public static class IdentityModule
{
    public const string LoginRateLimitPolicy = "login";

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        var policy = configuration.GetSection(LoginPolicyOptions.Section).Get<LoginPolicyOptions>() ?? new LoginPolicyOptions();
        services.Configure<LoginPolicyOptions>(configuration.GetSection(LoginPolicyOptions.Section));
        services.Configure<SeedOptions>(configuration.GetSection("Seed"));
        services.AddOptions<AuditRetentionOptions>().Bind(configuration.GetSection("Audit"))
            .Validate(o => o.RetentionDays >= AuditRetentionOptions.MinimumDays, "Audit:RetentionDays 不能少于 180 天").ValidateOnStart();
        services.AddSingleton(IdentityPermissions.Group);
        services.AddModuleDbContext<IdentityModuleDbContext, SqliteIdentityModuleDbContext, PostgresIdentityModuleDbContext>(database, IdentityModuleDbContext.Module);

        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = policy.PasswordMinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = policy.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(policy.LockoutMinutes);
                o.Lockout.AllowedForNewUsers = true;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
                o.ClaimsIdentity.RoleClaimType = System.Security.Claims.ClaimTypes.Role;
            })
            .AddEntityFrameworkStores<IdentityModuleDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppUserClaimsFactory>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddPasswordValidator<CharacterClassPasswordValidator>()
            .AddDefaultTokenProviders();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(policy.SessionRevalidationSeconds));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".InvestmentPipeline.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(policy.IdleTimeoutMinutes);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => WriteProblemAsync(ctx.HttpContext, StatusCodes.Status401Unauthorized, "未登录或登录已超时，请重新登录。");
            o.Events.OnRedirectToAccessDenied = ctx => WriteProblemAsync(ctx.HttpContext, StatusCodes.Status403Forbidden, "没有权限执行此操作。");
        });
        services.AddDataProtection().SetApplicationName("InvestmentPipeline").PersistKeysToDbContext<IdentityModuleDbContext>();
        services.Configure<AuditOptions>(o => o.NotAudited.Add(typeof(DataProtectionKey))); // key material never goes into the log

        services.AddRateLimiter(o =>
        {
            o.AddPolicy(LoginRateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = policy.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (ctx, _) => new ValueTask(WriteProblemAsync(ctx.HttpContext, StatusCodes.Status429TooManyRequests, "登录尝试过于频繁，请稍后再试。"));
        });

        services.AddScoped<IDepartmentDirectory, DepartmentDirectory>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<CurrentUserReader>();
        services.AddScoped<UserQueries>();
        services.AddScoped<UserAccountChanges>();
        services.AddScoped<IDataSeeder, IdentitySeeder>();
        services.AddScoped<AuditRetentionJob>();
        services.AddSingleton<IRecurringJobSetup, AuditRetentionJobSetup>();
        return services;
    }

    /// <summary>After authentication: sessions with a temporary password may only use the account endpoints.</summary>
    public static IApplicationBuilder UseIdentityModule(this IApplicationBuilder app) => app.UseMiddleware<PasswordChangeGateMiddleware>();

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAccount();
        var identity = endpoints.MapGroup("/api/identity").WithTags("Identity").AddEndpointFilter<ValidationFilter>();
        identity.MapUsers();
        identity.MapDepartments();
        identity.MapDepartmentAliases();
        identity.MapDepartmentOptions();
        identity.MapRoles();
        identity.MapAuditLogs();
        return endpoints;
    }

    private static Task WriteProblemAsync(HttpContext http, int status, string detail)
    {
        http.Response.StatusCode = status;
        return ProblemResults.Problem(status, detail).ExecuteAsync(http);
    }
}
