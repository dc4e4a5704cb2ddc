using System.Reflection;
using NetArchTest.Rules;

namespace InvestmentPipeline.Architecture.Tests;

/// <summary>Modules share the host, not each other's internals: they may know only one another's Contracts.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly string[] Modules = ["Identity", "Leads", "SignedContracts", "Reserve", "Approvals", "Scheduling"];

    public static TheoryData<string> ModuleNames => new(Modules);

    private static Assembly Load(string name) => Assembly.Load(name);

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_references_other_modules_only_through_their_Contracts(string module)
    {
        var references = Load($"InvestmentPipeline.{module}").GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var forbidden = Modules.Where(other => other != module).Select(other => $"InvestmentPipeline.{other}");
        references.Intersect(forbidden).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_modules_code_does_not_use_types_of_another_module_outside_its_Contracts(string module)
    {
        var otherInternals = Modules.Where(other => other != module)
            .SelectMany(other => new[] { "Domain", "Data", "Features", "Jobs", "EventHandlers", "Security", "Seeding" }.Select(folder => $"InvestmentPipeline.{other}.{folder}"))
            .ToArray();

        var result = Types.InAssembly(Load($"InvestmentPipeline.{module}")).ShouldNot().HaveDependencyOnAny(otherInternals).GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Contracts_depend_on_nothing_but_the_shared_kernel_and_other_Contracts(string module)
    {
        var result = Types.InAssembly(Load($"InvestmentPipeline.{module}.Contracts"))
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Hangfire", "InvestmentPipeline.Infrastructure")
            .GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
        var references = Load($"InvestmentPipeline.{module}.Contracts").GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n.StartsWith("InvestmentPipeline.", StringComparison.Ordinal));
        references.ShouldAllBe(n => n == "InvestmentPipeline.SharedKernel" || n.EndsWith(".Contracts", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_modules_domain_and_data_are_internal(string module)
    {
        var result = Types.InAssembly(Load($"InvestmentPipeline.{module}"))
            .That().ResideInNamespaceMatching($@"InvestmentPipeline\.{module}\.(Domain|Data|Security|Seeding|Jobs)")
            .ShouldNot().BePublic()
            .GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void The_shared_kernel_knows_no_EF_Core_nor_ASP_NET_Core()
    {
        var result = Types.InAssembly(Load("InvestmentPipeline.SharedKernel"))
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "InvestmentPipeline.Infrastructure")
            .GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void Infrastructure_knows_no_module()
    {
        var references = Load("InvestmentPipeline.Infrastructure").GetReferencedAssemblies().Select(a => a.Name!);

        references.Where(n => Modules.Any(m => n.StartsWith($"InvestmentPipeline.{m}", StringComparison.Ordinal))).ShouldBeEmpty();
    }
}
