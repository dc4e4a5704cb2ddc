using InvestmentPipeline.Reserve.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace InvestmentPipeline.Reserve.Tests;

/// <summary>
/// The migration that gives plan entries their year's values fills them for the entries that exist: each takes the
/// project's values as they are when it runs, and its old 责任单位 text becomes its 项目单位.
/// </summary>
public abstract class PlanEntryYearValuesMigrationTests(DatabaseKind kind)
{
    private const string Before = "ConstructionReadiness";

    [Fact]
    public async Task Existing_entries_take_their_projects_values_and_keep_their_unit_text_as_project_unit()
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var (projectId, entryId, department, town) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var now = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

        await using (var db = Context(database))
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            var (schema, stamp) = (kind == DatabaseKind.PostgreSQL ? "reserve." : "", Guid.NewGuid());
            var insert = $$"""
                INSERT INTO {{schema}}"Reserve_Projects" ("Id", "Name", "NormalizedName", "Regime", "SectorCode", "TownId", "ResponsibleDepartmentId",
                    "ProjectUnit", "TotalInvestment", "FundingSources", "State", "Maturity", "ReviewStatus", "CreatedAtUtc", "ConcurrencyStamp")
                VALUES ({0}, '湟水北路', '湟水北路', 'Approval', 'MUNICIPAL', {1}, {2}, '区城市建设投资有限公司', {3}, '[]', 'PreConstruction',
                    'Mature', 'Accepted', {4}, {5});
                INSERT INTO {{schema}}"Reserve_PlanEntries" ("Id", "Year", "ProjectId", "Type", "PlannedInvestment", "ResponsibleUnit", "Milestones",
                    "CreatedAtUtc", "ConcurrencyStamp")
                VALUES ({6}, 2026, {0}, 'New', {7}, '区妇幼保健院', '[]', {4}, {5});
                """;
            await db.Database.ExecuteSqlRawAsync(insert, projectId, town, department, 30_000_000m, now, stamp, entryId, 8_000_000m);
        }

        await using (var db = Context(database))
        {
            await db.GetService<IMigrator>().MigrateAsync();
            var entry = await db.PlanEntries.AsNoTracking().SingleAsync(e => e.Id == entryId);

            entry.YearValues.ShouldBe(new Domain.PlanYearValues("MUNICIPAL", town, department, "区妇幼保健院", 30_000_000m));
            entry.PlannedInvestment.ShouldBe(8_000_000m);
        }
    }

    private ReserveDbContext Context(TestDatabase database) => kind == DatabaseKind.PostgreSQL
        ? new PostgresReserveDbContext(new DbContextOptionsBuilder<PostgresReserveDbContext>()
            .UseNpgsql(database.ConnectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory", "reserve")).Options)
        : new SqliteReserveDbContext(new DbContextOptionsBuilder<SqliteReserveDbContext>()
            .UseSqlite($"Data Source={Path.Combine(database.DataDirectory, "reserve.db")}", o => o.MigrationsHistoryTable("__EFMigrationsHistory_Reserve")).Options);
}

public sealed class PlanEntryYearValuesMigrationTestsOnSqlite() : PlanEntryYearValuesMigrationTests(DatabaseKind.Sqlite);

[Trait("Database", "PostgreSQL")]
public sealed class PlanEntryYearValuesMigrationTestsOnPostgres() : PlanEntryYearValuesMigrationTests(DatabaseKind.PostgreSQL);
