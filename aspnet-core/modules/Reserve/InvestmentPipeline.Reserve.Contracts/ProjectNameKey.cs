using InvestmentPipeline.SharedKernel.Domain;

namespace InvestmentPipeline.Reserve.Contracts;

/// <summary>
/// The key two project names share when they are "near-identical": punctuation and spaces removed, case folded, and a
/// trailing 项目/工程 dropped ("袁家村·河湟印象" = "袁家村河湟印象" = "袁家村 河湟印象项目").
/// Every module that matches workbook rows to projects uses this one definition.
/// </summary>
public static class ProjectNameKey
{
    private static readonly string[] NoiseSuffixes = ["建设项目", "项目", "工程"];

    public static string Of(string name) => NameKey.Of(name, NoiseSuffixes);
}
