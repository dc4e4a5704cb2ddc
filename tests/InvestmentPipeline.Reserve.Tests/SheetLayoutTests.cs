using InvestmentPipeline.Infrastructure.Excel;

namespace InvestmentPipeline.Reserve.Tests;

/// <summary>The workbook reader on the layouts district offices really send, and on floods of rows.</summary>
public sealed class SheetLayoutTests
{
    private static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new("序号"),
        new("项目名称", Required: true, Synonyms: ["建设项目名称"]),
        new("建设性质", Required: true, FilledByGroup: true),
        new("总投资(万元)", Required: true, Synonyms: ["总投资", "计划总投资"]),
        new("年度计划投资(万元)", Required: true, Synonyms: ["年度计划投资", "计划投资"]),
        new("计划开工时间", Synonyms: ["开工时间"]),
        new("责任单位", Required: true),
    ];

    [Fact]
    public void The_header_is_found_under_a_title_and_group_total_blank_and_repeated_header_rows_are_skipped_and_reported()
    {
        string[] header = ["序号", "建设项目名称", "总投资（亿元）", "2026年计划投资", "计划开工时间", "责任单位", "备注"];
        var workbook = DistrictWorkbook.WithTitle(
            "平安区2026年重点项目建设计划表",
            header,
            ["一、续建项目（2个）", null, 3.5, 1200],
            [1, "湟水河治理", 2, 800, null, "区水务局"],
            [2, "古驿大道", 1.5, "400", null, "区住建局"],
            [],
            ["二", "新建项目（1个）", 1, 300],
            [3, "西城小学", 1, "300万元", "2026-05", "区教育局"],
            [.. header],
            ["合 计", null, 4.5, 1500],
            [],
            []);

        var sheet = new ImportSheetReader(new ImportLimits()).Read(workbook, Columns, default)!;

        sheet.Problems.ShouldBeEmpty();
        sheet.HeaderRow.ShouldBe(3);
        sheet.Rows.Select(r => (r.Number, r.Group)).ShouldBe([(5, "一、续建项目（2个）"), (6, "一、续建项目（2个）"), (9, "二 新建项目（1个）")]);
        sheet.Rows[0]["项目名称"].ShouldBe("湟水河治理");
        sheet.Rows[0].YuanPerUnit("总投资(万元)").ShouldBe(100_000_000m);
        sheet.Rows[0].YuanPerUnit("年度计划投资(万元)").ShouldBe(10_000m);
        sheet.WrittenHeader("年度计划投资(万元)").ShouldBe("2026年计划投资");
        sheet.Skipped.Select(s => (s.Row, s.Reason)).ShouldBe(
        [
            (4, SkippedRow.Group), (7, SkippedRow.Blank), (8, SkippedRow.Group), (10, SkippedRow.RepeatedHeader), (11, SkippedRow.Total),
        ]);
        sheet.Warnings.ShouldBe(["以下列不属于模板，已忽略：备注"]);
    }

    [Fact]
    public void A_header_written_over_two_rows_is_read_as_one()
    {
        var workbook = DistrictWorkbook.Build(
            ["年度计划表"],
            ["项目名称", "建设性质", "投资(万元)", null, "计划开工", "责任单位"],
            [null, null, "总投资", "年度计划投资", "时间", null],
            ["乐都路", "新建", 3000, 800, "2026-04", "区住建局"]);

        var sheet = new ImportSheetReader(new ImportLimits()).Read(workbook, Columns, default)!;

        sheet.Problems.ShouldBeEmpty();
        (sheet.Header!.FirstRow, sheet.Header.LastRow).ShouldBe((2, 3));
        sheet.ColumnByHeader.ShouldBe(new Dictionary<string, string>
        {
            ["项目名称"] = "A", ["建设性质"] = "B", ["总投资(万元)"] = "C", ["年度计划投资(万元)"] = "D", ["计划开工时间"] = "E", ["责任单位"] = "F",
        });
        sheet.Rows.Single().Number.ShouldBe(4);
        sheet.Skipped.ShouldBeEmpty();
    }

    [Fact]
    public void A_project_whose_name_merely_contains_new_project_stays_a_project_row()
    {
        var workbook = DistrictWorkbook.Build(["项目名称", "建设性质", "总投资", "计划投资", "责任单位"], ["城东新建项目", "新建"]);

        var sheet = new ImportSheetReader(new ImportLimits()).Read(workbook, Columns, default)!;

        sheet.Rows.Single()["项目名称"].ShouldBe("城东新建项目");
    }

    [Fact]
    public void A_sheet_without_a_recognisable_header_in_its_first_ten_rows_is_one_problem()
    {
        var workbook = DistrictWorkbook.Build(["说明"], ["甲", "乙"], ["1", "2"]);

        var sheet = new ImportSheetReader(new ImportLimits()).Read(workbook, Columns, default)!;

        sheet.Problems.Single().Message.ShouldStartWith("前 10 行中没有找到表头");
        sheet.Rows.ShouldBeEmpty();
    }

    [Fact]
    public void A_flood_of_rows_is_refused_at_the_limit_without_reading_on()
    {
        var reader = new ImportSheetReader(new ImportLimits { MaxRows = 100 });
        var read = 0;

        var sheet = reader.Read(Endless(i => Row("项目" + i), () => read++), Columns, default);

        sheet.Refusal.ShouldBe("工作表超过导入上限（100 行数据），未作任何修改。请删除多余的行，或拆分为多个文件分别导入。");
        read.ShouldBe(102); // the header, 100 rows, and the one too many
        sheet.Rows.Count.ShouldBe(100);
    }

    [Fact]
    public void Endless_blank_rows_are_refused_too()
    {
        var reader = new ImportSheetReader(new ImportLimits { MaxRows = 100 });

        var sheet = reader.Read(Endless(i => i == 1 ? Row("第一行") : new Dictionary<string, object?> { ["A"] = null }, () => { }), Columns, default);

        sheet.Refusal.ShouldNotBeNull();
        sheet.Rows.Count.ShouldBe(1);
    }

    [Fact]
    public void A_client_that_gives_up_stops_the_reading()
    {
        using var cancel = new CancellationTokenSource();
        var read = 0;

        Should.Throw<OperationCanceledException>(() => new ImportSheetReader(new ImportLimits()).Read(
            Endless(i => Row("项目" + i), () =>
            {
                if (++read == 50)
                {
                    cancel.Cancel();
                }
            }),
            Columns,
            cancel.Token));
        read.ShouldBe(50);
    }

    private static Dictionary<string, object?> Row(string name) => new()
    {
        ["A"] = name, ["B"] = "新建", ["C"] = 100, ["D"] = 10, ["E"] = "2026-03", ["F"] = "区住建局",
    };

    /// <summary>A header, then rows for ever: only a reader that stops can finish.</summary>
    private static IEnumerable<IDictionary<string, object?>> Endless(Func<int, Dictionary<string, object?>> row, Action onRead)
    {
        onRead();
        yield return new Dictionary<string, object?> { ["A"] = "项目名称", ["B"] = "建设性质", ["C"] = "总投资", ["D"] = "计划投资", ["E"] = "开工时间", ["F"] = "责任单位" };
        for (var i = 1; ; i++)
        {
            onRead();
            yield return row(i);
        }
    }
}
