using System.Net;
using System.Net.Http.Headers;

namespace InvestmentPipeline.SignedContracts.Tests;

public sealed record ContractRow(
    Guid Id, string Number, string ProjectName, string CompanyName, string? CreditCode, DateOnly SignedOn, string? SigningEvent, string IndustryCode,
    string IndustryName, decimal ContractedAmount, decimal FundsArrived, bool OverContracted, Guid ResponsibleDepartmentId, string ResponsibleDepartmentName,
    string FulfilmentState, string FulfilmentStateName, Guid? LeadId, Guid? ProjectId, DateOnly? LandedOn, int OverdueMilestones, int OpenProblems);

public sealed record MilestoneRow(string Kind, string Name, DateOnly? PlannedOn, DateOnly? ActualOn, string? Note, bool Overdue);

public sealed record FundRow(Guid Id, DateOnly ArrivedOn, decimal Amount, string Kind, string? FileName, string? ContentType, bool HasEvidence, string UploadedBy);

public sealed record HistoryRow(int Sequence, string Kind, string? FromState, string? ToState, string? Text, string ByName);

public sealed record ContractProblemRow(Guid Id, string Description, Guid AssignedDepartmentId, string AssignedDepartmentName, DateOnly Deadline, string Status, bool Overdue, string? Resolution);

public sealed record ContractDetail(
    ContractRow Contract, Guid ConcurrencyStamp, string? ProjectName, List<MilestoneRow> Milestones, List<FundRow> Funds, List<HistoryRow> History,
    List<ContractProblemRow> Problems);

/// <summary>Contracts a test owns (unique names), made through the API as 招商局 (zsj) makes them.</summary>
public static class ContractFixtures
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 1, 2, 3];

    public static string UniqueName(string prefix) => $"{prefix}{Guid.NewGuid().ToString("N")[..6]}";

    public static async Task<ContractDetail> CreateAsync(
        ApiSession zsj, string projectName, DateOnly signedOn, decimal amount, string industry = "FSE_PARK", string? signingEvent = null,
        string department = "IPB", string? company = null, object? milestones = null)
    {
        using var response = await zsj.PostAsync("/api/signed-contracts", new
        {
            projectName, companyName = company ?? projectName + "有限公司", signedOn, signingEvent, industryCode = industry, contractedAmount = amount,
            responsibleDepartmentId = await TestUsers.DepartmentIdAsync(zsj, department), milestones,
        });
        return await response.ReadJsonAsync<ContractDetail>(HttpStatusCode.Created);
    }

    public static async Task<ContractDetail> StateAsync(ApiSession session, Guid id, string state, string? reason = null)
    {
        using var response = await session.PostAsync($"/api/signed-contracts/{id}/state", new { state, reason });
        return await response.ReadJsonAsync<ContractDetail>(HttpStatusCode.OK);
    }

    public static async Task<HttpResponseMessage> AddFundsAsync(ApiSession session, Guid id, DateOnly arrivedOn, decimal amount, byte[]? file = null, string kind = "BankVoucher", string fileName = "凭证.png")
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(arrivedOn.ToString("yyyy-MM-dd")), "arrivedOn" },
            { new StringContent(amount.ToString(System.Globalization.CultureInfo.InvariantCulture)), "amount" },
            { new StringContent(kind), "kind" },
        };
        var content = new ByteArrayContent(file ?? Png);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        return await session.Client.PostAsync($"/api/signed-contracts/{id}/funds", form);
    }

    public static async Task<HttpResponseMessage> UploadAsync(ApiSession session, string url, byte[] workbook, string fileName = "台账.xlsx")
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(workbook);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "file", fileName);
        return await session.Client.PostAsync(url, form);
    }
}
