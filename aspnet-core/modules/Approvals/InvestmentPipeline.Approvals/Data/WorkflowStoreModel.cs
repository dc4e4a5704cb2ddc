using InvestmentPipeline.Approvals.Workflows.Store;
using InvestmentPipeline.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InvestmentPipeline.Approvals.Data;

/// <summary>WorkflowCore's tables (Approvals_Wf*). Instants are UTC (timestamptz on PostgreSQL) by the app's conventions.</summary>
internal static class WorkflowStoreModel
{
    public static void MapWorkflowStore(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredWorkflow>(b =>
        {
            b.ToTable("Approvals_WfInstances");
            b.HasKey(w => w.Id);
            b.Property(w => w.Id).ValueGeneratedNever();
            b.Property(w => w.WorkflowDefinitionId).HasMaxLength(200);
            b.Property(w => w.Reference).HasMaxLength(200);
            b.HasIndex(w => new { w.Status, w.NextExecution });
            b.HasMany(w => w.ExecutionPointers).WithOne().HasForeignKey(p => p.WorkflowId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<StoredExecutionPointer>(b =>
        {
            b.ToTable("Approvals_WfExecutionPointers");
            b.HasKey(p => p.Id);
            b.Property(p => p.Id).HasMaxLength(64).ValueGeneratedNever();
            b.Property(p => p.EventName).HasMaxLength(200);
            b.Property(p => p.EventKey).HasMaxLength(200);
            b.Property(p => p.StepName).HasMaxLength(200);
            b.Property(p => p.PredecessorId).HasMaxLength(64);
            b.Property(p => p.Children).AsJsonList();
            b.Property(p => p.Scope).AsJsonList();
            b.HasIndex(p => new { p.WorkflowId, p.Ordinal });
            b.HasMany(p => p.ExtensionAttributes).WithOne().HasForeignKey(a => a.ExecutionPointerId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<StoredExtensionAttribute>(b =>
        {
            b.ToTable("Approvals_WfExtensionAttributes");
            b.HasKey(a => new { a.ExecutionPointerId, a.Key });
            b.Property(a => a.ExecutionPointerId).HasMaxLength(64);
            b.Property(a => a.Key).HasMaxLength(100);
        });
        modelBuilder.Entity<StoredEvent>(b =>
        {
            b.ToTable("Approvals_WfEvents");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.EventName).HasMaxLength(200);
            b.Property(e => e.EventKey).HasMaxLength(200);
            b.HasIndex(e => new { e.EventName, e.EventKey, e.EventTime });
            b.HasIndex(e => new { e.IsProcessed, e.EventTime });
        });
        modelBuilder.Entity<StoredSubscription>(b =>
        {
            b.ToTable("Approvals_WfSubscriptions");
            b.HasKey(s => s.Id);
            b.Property(s => s.Id).ValueGeneratedNever();
            b.Property(s => s.WorkflowId).HasMaxLength(64);
            b.Property(s => s.ExecutionPointerId).HasMaxLength(64);
            b.Property(s => s.EventName).HasMaxLength(200);
            b.Property(s => s.EventKey).HasMaxLength(200);
            b.Property(s => s.ExternalToken).HasMaxLength(200);
            b.Property(s => s.ExternalWorkerId).HasMaxLength(200);
            b.HasIndex(s => new { s.EventName, s.EventKey, s.SubscribeAsOf });
        });
        modelBuilder.Entity<StoredExecutionError>(b =>
        {
            b.ToTable("Approvals_WfExecutionErrors");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.WorkflowId).HasMaxLength(64);
            b.Property(e => e.ExecutionPointerId).HasMaxLength(64);
            b.HasIndex(e => e.WorkflowId);
        });
    }
}
