using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InvestmentPipeline.Infrastructure.Excel;
using MiniExcelLibs;

namespace InvestmentPipeline.Reserve.Tests;

public sealed class SheetParsingTests
{
    [Theory]
    [InlineData("2023-03-15")]
    [InlineData("2023/3/15")]
    [InlineData("2023年3月15日")]
    [InlineData("2023.03.15")]
    public void Dates_are_read_in_every_way_the_district_writes_them(string text) =>
        SheetCell.Date(text).ShouldBe(new DateOnly(2023, 3, 15));

    [Fact]
    public void Excel_date_cells_and_serials_are_dates_and_nonsense_is_not()
    {
        SheetCell.Date(new DateTime(2023, 3, 15)).ShouldBe(new DateOnly(2023, 3, 15));
        SheetCell.Date(new DateTime(2023, 3, 15).ToOADate()).ShouldBe(new DateOnly(2023, 3, 15));
        SheetCell.Date("2023-02-30").ShouldBeNull();
        SheetCell.Date("三月中旬").ShouldBeNull();
    }

    [Theory]
    [InlineData("2023-03")]
    [InlineData("2023年3月")]
    [InlineData("2023/3")]
    [InlineData("2023-03-15")]
    public void Months_are_read_as_their_first_day(string text) => SheetCell.Month(text).ShouldBe(new DateOnly(2023, 3, 1));

    [Fact]
    public void A_month_outside_the_calendar_is_not_a_month()
    {
        SheetCell.Month("2023-13").ShouldBeNull();
        SheetCell.Month(2026.3).ShouldBeNull(); // a number cell: 2026.10 would be 2026.1, and a serial a day in 1905
        SheetCell.Month(new DateTime(2026, 3, 1)).ShouldBe(new DateOnly(2026, 3, 1));
    }

    [Fact]
    public void Amounts_in_ten_thousand_yuan_become_yuan()
    {
        SheetCell.YuanFrom10k(1234.5678).ShouldBe(12_345_678m);
        SheetCell.YuanFrom10k("1,200.5").ShouldBe(12_005_000m);
        SheetCell.YuanFrom10k("约三千").ShouldBeNull();
    }

    [Fact]
    public void Amounts_written_as_clerks_write_them_are_read_and_a_converted_unit_is_flagged()
    {
        SheetCell.Amount("１，２３４.５", 10_000m).ShouldBe(new SheetAmount(12_345_000m, false));
        SheetCell.Amount("1234.56万元", 10_000m).ShouldBe(new SheetAmount(12_345_600m, false));
        SheetCell.Amount("1.2亿元", 10_000m).ShouldBe(new SheetAmount(120_000_000m, true));
        SheetCell.Amount(3.5, 100_000_000m).ShouldBe(new SheetAmount(350_000_000m, false));
        SheetCell.Amount("三千万", 10_000m).ShouldBeNull();
        SheetCell.Amount("500元", 10_000m).ShouldBeNull();
        SheetCell.IsEmpty("—").ShouldBeTrue();
    }

    [Fact]
    public void Headers_are_found_in_any_order_missing_required_ones_are_problems_and_extra_ones_warnings()
    {
        var workbook = Workbook(new Dictionary<string, object?> { ["备注"] = "x", ["乙"] = "b", ["甲"] = "a" });

        var sheet = Reader().Read(workbook, [new SheetColumn("甲", Required: true), new SheetColumn("乙"), new SheetColumn("丙", Required: true)], default)!;

        sheet.Rows.Single()["甲"].ShouldBe("a");
        sheet.Rows.Single()["乙"].ShouldBe("b");
        sheet.Rows.Single().Number.ShouldBe(2);
        sheet.Problems.ShouldBe([new ImportProblem(1, "丙", null, "缺少必填列「丙」")]);
        sheet.Warnings.Single().ShouldContain("备注");
    }

    [Fact]
    public void Bytes_that_are_not_a_workbook_are_refused() => Reader().Read("不是工作簿"u8.ToArray(), [new SheetColumn("甲")], default).ShouldBeNull();

    [Fact]
    public void The_error_workbook_marks_the_bad_cells_explains_each_row_and_states_the_wider_range()
    {
        var workbook = Workbook(
            new Dictionary<string, object?> { ["甲"] = "好", ["乙"] = "坏" },
            new Dictionary<string, object?> { ["甲"] = "好", ["乙"] = "好" });
        var sheet = Reader().Read(workbook, [new SheetColumn("甲", Required: true), new SheetColumn("乙")], default)!;
        sheet.Problems.Add(sheet.Problem(2, "乙", "坏", "不能是坏"));

        var marked = ImportErrorWorkbook.Mark(workbook, sheet);

        using var document = SpreadsheetDocument.Open(new MemoryStream(marked), false);
        var part = document.WorkbookPart!;
        var worksheet = part.WorksheetParts.Single().Worksheet;
        var cells = worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        var fills = part.WorkbookStylesPart!.Stylesheet.Fills!.Elements<Fill>().ToList();
        var formats = part.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        bool IsRed(string reference) => cells[reference].StyleIndex?.Value is { } style
            && fills[(int)formats[(int)style].FillId!.Value].PatternFill?.ForegroundColor?.Rgb?.Value == "FFFFC7CE";

        IsRed("B2").ShouldBeTrue();
        IsRed("A2").ShouldBeFalse();
        IsRed("B3").ShouldBeFalse();
        cells["C1"].InnerText.ShouldBe(ImportErrorWorkbook.NoteHeader);
        cells["C2"].InnerText.ShouldBe("乙：不能是坏");
        cells.ContainsKey("C3").ShouldBeFalse();
        worksheet.SheetDimension!.Reference!.Value.ShouldBe("A1:C3");
        MiniExcel.Query(new MemoryStream(marked), useHeaderRow: true).Cast<IDictionary<string, object>>().Count().ShouldBe(2);
    }

    private static ImportSheetReader Reader() => new(new ImportLimits());

    private static byte[] Workbook(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }
}
