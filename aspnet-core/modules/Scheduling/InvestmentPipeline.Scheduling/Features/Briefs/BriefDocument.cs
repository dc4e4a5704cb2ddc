using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using InvestmentPipeline.Reserve.Contracts;
using InvestmentPipeline.Scheduling.Features.Statistics;

namespace InvestmentPipeline.Scheduling.Features.Briefs;

/// <summary>
/// The brief as a Word document in the layout of a government 通报: a 小标宋 title, 黑体 section headings, 仿宋 body text,
/// and bordered tables for the lists. Rendered from the snapshot only, and always to the same bytes: a brief downloaded
/// again, whatever happened since, is the same file.
/// </summary>
internal static class BriefDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static byte[] Render(BriefSnapshot s)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            // The SDK would name the relationship at random.
            document.AddNewPart<MainDocumentPart>(MainContentType, "rId1").Document = new Document(body);
            Write(body, s);
            body.Append(new SectionProperties(new PageMargin { Top = 2098, Bottom = 1984, Left = 1587, Right = 1474 }));
        }

        return Stamped(stream.ToArray(), s.GeneratedAtUtc.AddHours(8));
    }

    /// <summary>The package with every entry dated <paramref name="time"/>: packaging dates them when they are written.</summary>
    private static byte[] Stamped(byte[] package, DateTime time)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Unspecified), TimeSpan.FromHours(8));
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    private static void Write(Body body, BriefSnapshot s)
    {
        var f = s.Figures;
        var section = 0;
        Paragraph Section(string title) => Heading($"{Numerals[section++]}、{title}"); // numbered over the sections present
        body.Append(Text(s.Title, "方正小标宋简体", 44, bold: true, center: true));
        body.Append(Text($"（{s.GeneratedAtUtc.AddHours(8):yyyy年M月d日}生成，数据截至{s.Year}年{s.Month}月末）", "仿宋", 28, center: true));

        body.Append(Section("总体情况"));
        body.Append(Body(
            $"截至{s.Year}年{s.Month}月末，全区年度重点项目计划共 {f.PlanProjectCount} 个，年度计划投资 {Wan(f.AnnualPlanInvestment)} 万元。" +
            $"其中新建项目 {f.NewCount} 个，已开工 {f.NewStartedCount} 个，开工率 {Percent(f.StartRate)}；" +
            $"续建项目 {f.ContinuingCount} 个，已复工 {f.ContinuingResumedCount} 个，复工率 {Percent(f.ResumeRate)}；" +
            $"开复工率 {Percent(f.StartOrResumeRate)}。拟开工项目 {f.PlannedCount} 个（已开工 {f.PlannedStartedCount} 个），单独统计。"));
        body.Append(Body(
            $"累计完成区管投资 {Wan(f.InvestmentCompleted)} 万元，占年度计划的 {Percent(f.PlanCompletionRate)}，时序进度 {Percent(f.TimeElapsedRate)}，" +
            $"{Pace(f)}。{Yoy(f)}"));
        body.Append(Body($"未开(复)工项目 {f.NotStartedOrResumedCount} 个；已开工未入库项目 {f.StartedNotInStatisticsCount} 个；" +
            $"红色预警 {s.Red.Count} 项，黄色预警 {s.Yellow.Count} 项{(s.WarningsEvaluatedMonth is { } m ? $"（按{s.Year}年{m}月数据评估）" : "（本年度尚未评估预警）")}。"));

        if (f.Targets.Count > 0)
        {
            body.Append(Section("年度目标完成情况"));
            body.Append(Table(["目标", "考核月份", "目标值", "实际", "差距"], f.Targets.Select(t => new[]
            {
                TargetName(t.Kind), $"{t.Month}月", TargetValue(t.Kind, t.Target), t.Actual is { } a ? TargetValue(t.Kind, a) : "—",
                t.Gap is { } g ? (g <= 0 ? "已完成" : TargetValue(t.Kind, g)) : "—",
            })));
        }

        body.Append(Section("统计口径"));
        body.Append(Table(["指标", "分子", "分母", "范围说明", "版本"],
            f.Definitions.Select(d => new[] { d.Name, d.Numerator, d.Denominator, d.Scope, $"第{d.Version}版" })));

        body.Append(Section("未开(复)工项目及原因"));
        body.Append(Projects(s.NotStarted, withProblem: true));
        body.Append(Section("已开工未入库项目"));
        body.Append(Projects(s.NotInStatistics, withProblem: false));
        body.Append(Section("红色预警项目"));
        body.Append(Warnings(s.Year, s.Red));
        body.Append(Section("黄色预警项目"));
        body.Append(Warnings(s.Year, s.Yellow));
        if (s.Problems is { } problems)
        {
            body.Append(Section("需协调解决的问题"));
            body.Append(FollowUps(problems, "问题", "交办单位"));
        }

        if (s.Rectifications is { } rectifications)
        {
            body.Append(Section("督查整改事项"));
            body.Append(FollowUps(rectifications, "整改事项", "责任单位"));
        }
    }

    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    private static OpenXmlElement FollowUps(IReadOnlyList<BriefFollowUpLine> lines, string matter, string department) => lines.Count == 0
        ? Body("无。")
        : Table(["序号", "项目名称", matter, department, "期限", "状态"],
            lines.Select((l, i) => new[] { $"{i + 1}", l.ProjectName, l.Matter, l.Department, l.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), l.Overdue ? $"{l.Status}（已逾期）" : l.Status }));

    private static OpenXmlElement Projects(IReadOnlyList<BriefProjectLine> lines, bool withProblem) => lines.Count == 0
        ? Body("无。")
        : Table(
            withProblem ? ["序号", "项目名称", "建设性质", "责任单位", "计划开(复)工", "问题类别", "存在问题"] : ["序号", "项目名称", "建设性质", "责任单位", "实际开(复)工", "累计完成(万元)"],
            lines.Select((p, i) => withProblem
                ? new[] { $"{i + 1}", p.Name, TypeName(p.Type), p.ResponsibleUnit, Month(p.PlannedStartMonth), p.ProblemCategory ?? "未填报", p.Problem ?? "" }
                : [$"{i + 1}", p.Name, TypeName(p.Type), p.ResponsibleUnit, p.ActualStartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", Wan(p.InvestmentCompleted)]));

    private static OpenXmlElement Warnings(int year, IReadOnlyList<BriefWarningLine> lines) => lines.Count == 0
        ? Body("无。")
        : Table(["序号", "项目名称", "责任单位", "滞后环节", "情况说明", "预警起始"],
            lines.Select((w, i) => new[] { $"{i + 1}", w.ProjectName, w.ResponsibleUnit, w.Rule, w.Data, $"{year}年{w.SinceMonth}月" }));

    private static string Pace(StatisticsDto f) => f.PlanCompletionRate is not { } done
        ? "年度计划投资未填报"
        : done >= f.TimeElapsedRate ? "完成进度快于时序进度" : $"落后时序进度 {(f.TimeElapsedRate - done) * 100:0.0} 个百分点";

    private static string Yoy(StatisticsDto f) => f.YoyGrowth is { } growth
        ? $"上年同期完成 {Wan(f.InvestmentCompletedLastYearSamePeriod!.Value)} 万元（{(f.LastYearSource == StatisticsQueries.Entered ? "往年记录" : "上年月报")}），同比{(growth >= 0 ? "增长" : "下降")} {Math.Abs(growth) * 100:0.00}%。"
        : "上年同期数据暂缺，未计算同比。";

    private static string Percent(decimal? rate) => rate is { } r ? $"{r * 100:0.00}%" : "—";

    private static string Wan(decimal yuan) => (yuan / 10_000m).ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Month(DateOnly? month) => month is { } m ? $"{m.Year}年{m.Month}月" : "";

    private static string TypeName(ConstructionType type) => type switch
    {
        ConstructionType.New => "新建",
        ConstructionType.Continuing => "续建",
        _ => "拟开工",
    };

    private static string TargetName(PlanTargetKind kind) => kind switch
    {
        PlanTargetKind.ContinuingResumed => "续建项目复工率",
        PlanTargetKind.NewStarted => "新建项目开工率",
        PlanTargetKind.ToStartStarted => "拟开工项目开工率",
        _ => "区管投资完成额",
    };

    private static string TargetValue(PlanTargetKind kind, decimal value) =>
        kind == PlanTargetKind.AnnualInvestment ? $"{Wan(value)} 万元" : $"{value:0.##}%";

    private static Paragraph Heading(string text) => Text(text, "黑体", 32);

    private static Paragraph Body(string text) => Text(text, "仿宋", 32, indent: true);

    /// <summary>Sizes are in half-points (32 = 三号, 44 = 二号).</summary>
    private static Paragraph Text(string text, string font, int size, bool bold = false, bool center = false, bool indent = false)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact });
        if (center)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }

        if (indent)
        {
            properties.Append(new Indentation { FirstLineChars = 200 });
        }

        return new Paragraph(properties, new Run(RunStyle(font, size, bold), new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static RunProperties RunStyle(string font, int size, bool bold)
    {
        var run = new RunProperties(new RunFonts { EastAsia = font, Ascii = "Times New Roman", HighAnsi = "Times New Roman" }, new FontSize { Val = $"{size}" });
        if (bold)
        {
            run.Append(new Bold());
        }

        return run;
    }

    private static Table Table(IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        static BorderType Line<TBorder>()
            where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 4 };
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(Line<TopBorder>(), Line<BottomBorder>(), Line<LeftBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>())));
        table.Append(Row(headers, header: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header) => new(cells.Select(text => new TableCell(
        new Paragraph(new Run(RunStyle(header ? "黑体" : "仿宋", 21, bold: false), new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve })))));
}
