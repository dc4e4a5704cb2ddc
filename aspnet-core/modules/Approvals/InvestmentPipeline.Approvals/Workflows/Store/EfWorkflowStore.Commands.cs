using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging;
using WorkflowCore.Models;

namespace InvestmentPipeline.Approvals.Workflows.Store;

/// <summary>
/// Scheduled commands: the poller schedules one for every runnable instance and event on every poll, so scheduling
/// is idempotent and quiet on duplicates; a command is deleted only after its action succeeded.
/// </summary>
internal sealed partial class EfWorkflowStore
{
    public bool SupportsScheduledCommands => true;

    /// <summary>
    /// One statement, <c>INSERT … ON CONFLICT DO NOTHING</c> (SQLite and PostgreSQL both have it): a duplicate, even
    /// from another host at the same moment, is neither an error nor a log line.
    /// </summary>
    public async Task ScheduleCommand(ScheduledCommand command)
    {
        await using var scope = Open(out var db);
        var entity = db.Model.FindEntityType(typeof(StoredScheduledCommand))!;
        var table = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";
        var sql = "INSERT INTO " + table + " (\"CommandName\", \"Data\", \"ExecuteTime\") VALUES ({0}, {1}, {2}) ON CONFLICT DO NOTHING";
        await db.Database.ExecuteSqlRawAsync(sql, command.CommandName, command.Data, command.ExecuteTime);
    }

    public async Task ProcessCommands(DateTimeOffset asOf, Func<ScheduledCommand, Task> action, CancellationToken cancellationToken = default)
    {
        var due = asOf.UtcTicks;
        List<StoredScheduledCommand> commands;
        await using (var scope = Open(out var db))
        {
            // read the whole due list first: SQLite does not take a write beside an open reader
            commands = await db.WorkflowCommands.AsNoTracking().Where(c => c.ExecuteTime <= due)
                .OrderBy(c => c.ExecuteTime).ToListAsync(cancellationToken);
        }

        foreach (var command in commands)
        {
            try
            {
                await action(new ScheduledCommand { CommandName = command.CommandName, Data = command.Data, ExecuteTime = command.ExecuteTime });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCommandFailed(logger, ex, command.CommandName, command.Data);
                continue;
            }

            await using var scope = Open(out var db);
            await db.WorkflowCommands.Where(c => c.CommandName == command.CommandName && c.Data == command.Data)
                .ExecuteDeleteAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled workflow command {CommandName} {Data} failed; it stays scheduled")]
    private static partial void LogCommandFailed(ILogger logger, Exception exception, string commandName, string data);
}
