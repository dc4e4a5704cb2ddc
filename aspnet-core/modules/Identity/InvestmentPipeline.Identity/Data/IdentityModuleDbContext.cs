using InvestmentPipeline.Identity.Domain;
using InvestmentPipeline.Infrastructure.Auditing;
using InvestmentPipeline.Infrastructure.Outbox;
using InvestmentPipeline.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Identity.Data;

internal abstract class IdentityModuleDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
    public const string Module = "Identity";
    private const string Prefix = "Identity_";

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<DepartmentAlias> DepartmentAliases => Set<DepartmentAlias>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyAppConventions();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        if (Database.IsNpgsql())
        {
            builder.HasDefaultSchema("identity");
        }

        builder.Entity<AppUser>(b =>
        {
            b.ToTable(Prefix + "Users");
            b.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength);
            b.HasIndex(u => u.DepartmentId);
        });
        builder.Entity<AppRole>(b =>
        {
            b.ToTable(Prefix + "Roles");
            b.Property(r => r.DisplayName).HasMaxLength(64);
            b.Property(r => r.Description).HasMaxLength(256);
            b.Property(r => r.OfferedPermissions).AsJsonList();
        });
        builder.Entity<IdentityUserRole<Guid>>().ToTable(Prefix + "UserRoles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable(Prefix + "UserClaims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable(Prefix + "UserLogins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable(Prefix + "UserTokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable(Prefix + "RoleClaims");
        builder.Entity<Department>(b =>
        {
            b.ToTable(Prefix + "Departments");
            b.HasKey(d => d.Id);
            b.Property(d => d.Name).HasMaxLength(Department.NameMaxLength);
            b.Property(d => d.Code).HasMaxLength(Department.CodeMaxLength);
            b.Property(d => d.ConcurrencyStamp).IsConcurrencyToken();
            b.HasIndex(d => d.Code).IsUnique();
            b.HasIndex(d => d.ParentId);
            b.HasMany(d => d.Aliases).WithOne().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(d => d.Aliases).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Entity<DepartmentAlias>(b =>
        {
            b.ToTable(Prefix + "DepartmentAliases");
            b.HasKey(a => a.Id);
            b.Property(a => a.Id).ValueGeneratedNever();
            b.Property(a => a.Alias).HasMaxLength(DepartmentAlias.MaxLength);
            b.Property(a => a.NormalizedAlias).HasMaxLength(DepartmentAlias.NormalizedMaxLength);
            b.HasIndex(a => a.NormalizedAlias).IsUnique();
        });
        builder.Entity<DataProtectionKey>().ToTable(Prefix + "DataProtectionKeys");
        builder.MapOutbox(Module);
        builder.MapAuditLog(this);
    }
}

internal sealed class SqliteIdentityModuleDbContext(DbContextOptions<SqliteIdentityModuleDbContext> options) : IdentityModuleDbContext(options);

internal sealed class PostgresIdentityModuleDbContext(DbContextOptions<PostgresIdentityModuleDbContext> options) : IdentityModuleDbContext(options);
