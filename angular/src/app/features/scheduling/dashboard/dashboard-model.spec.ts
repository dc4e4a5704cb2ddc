import type { EChartsOption } from 'echarts';
import {
  CHART_COLORS,
  causesOption,
  clickedCause,
  clickedMonth,
  clickedSector,
  clickedWarnings,
  countByCategory,
  echartsLocale,
  investmentOption,
  monthSeries,
  percentValue,
  ratesOption,
  sectorRows,
  sectorsOption,
  wanValue,
  warningsOption,
} from './dashboard-model';
import { trendDto, warningSummaryDto, zhTranslate as t } from './dashboard-test-data';

/** The parts of a series the specs read. */
interface Series {
  name: string;
  type: string;
  data: unknown[];
  stack?: string;
  itemStyle?: { color: string };
  markPoint?: { data: unknown[] };
}
const series = (option: EChartsOption) => option.series as Series[];
const axisData = (axis: unknown) => (axis as { data: string[] }).data;

const MONTH_LABELS = Array.from({ length: 12 }, (_, i) => `${i + 1} 月`);
const AFTER_MARCH = Array.from({ length: 9 }, () => null);

describe('dashboard-model', () => {
  it('turns yuan into 万元 and fractions into percents, two decimals, null when unknown', () => {
    expect(wanValue(72_100_000)).toBe(7210);
    expect(wanValue(12_345_678)).toBe(1234.57);
    expect(wanValue(30_000_050)).toBe(3000.01);
    expect(wanValue(0)).toBe(0);
    expect(wanValue(null)).toBeNull();
    expect(wanValue(undefined)).toBeNull();
    expect(percentValue(0.7273)).toBe(72.73);
    expect(percentValue(0.5556)).toBe(55.56);
    expect(percentValue(1)).toBe(100);
    expect(percentValue(null)).toBeNull();
  });

  it('lays the trend out over 12 months, leaving months after throughMonth (or missing) empty', () => {
    const trend = trendDto(2026);
    expect(monthSeries(trend, (m) => m.month * 10)).toEqual([10, 20, 30, ...AFTER_MARCH]);
    expect(monthSeries({ ...trend, months: [trend.months[2]] }, (m) => m.startRate)).toEqual([
      null,
      null,
      0.6,
      ...AFTER_MARCH,
    ]);
  });

  it('draws 累计完成投资 (bars) against 年度计划 (flat line) and 上年同期, in 万元, with the investment target', () => {
    const option = investmentOption(trendDto(2026), t);
    expect(axisData(option.xAxis)).toEqual(MONTH_LABELS);
    expect((option.yAxis as { name: string }).name).toBe('万元');
    expect((option.legend as { data: string[] }).data).toEqual([
      '累计完成投资',
      '年度计划',
      '上年同期',
    ]);
    const [completed, plan, lastYear] = series(option);
    expect(completed).toMatchObject({ name: '累计完成投资', type: 'bar' });
    expect(completed.data).toEqual([1234.57, 3000.01, 4560, ...AFTER_MARCH]);
    expect(completed.markPoint!.data).toEqual([
      { name: '6 月目标', coord: [5, 5000], value: 5000, month: 6 },
    ]);
    expect(plan).toMatchObject({ name: '年度计划', type: 'line' });
    expect(plan.data).toEqual(Array.from({ length: 12 }, () => 10_000));
    expect(lastYear).toMatchObject({ name: '上年同期', type: 'line' });
    expect(lastYear.data).toEqual([1000, null, 4000, ...AFTER_MARCH]);
  });

  it('draws the three rates in percent with each rate target pinned at its month', () => {
    const option = ratesOption(trendDto(2026), t);
    expect(axisData(option.xAxis)).toEqual(MONTH_LABELS);
    const [combined, start, resume, toStart] = series(option);
    expect(combined).toMatchObject({ name: '开复工率', type: 'line' });
    expect(combined.data).toEqual([50, null, 72.73, ...AFTER_MARCH]);
    expect(combined.markPoint).toBeUndefined();
    expect(start).toMatchObject({ name: '开工率', type: 'line' });
    expect(start.data).toEqual([40, null, 60, ...AFTER_MARCH]);
    expect(start.markPoint!.data).toEqual([
      { name: '6 月目标', coord: [5, 80], value: 80, month: 6 },
    ]);
    expect(resume).toMatchObject({ name: '复工率', type: 'line' });
    expect(resume.data).toEqual([55.56, null, 83.33, ...AFTER_MARCH]);
    expect(resume.markPoint!.data).toEqual([
      { name: '3 月目标', coord: [2, 90], value: 90, month: 3 },
    ]);
    expect(toStart).toMatchObject({ name: '拟开工开工目标', type: 'scatter' });
    expect(toStart.data).toEqual([{ value: [8, 50], month: 9 }]);
    expect(series(option)).toHaveLength(4);
  });

  it('leaves the 拟开工 target series out when the plan sets none', () => {
    const trend = trendDto(2026);
    const option = ratesOption(
      { ...trend, targets: trend.targets.filter((x) => x.kind !== 'ToStartStarted') },
      t,
    );
    expect(series(option).map((s) => s.name)).toEqual(['开复工率', '开工率', '复工率']);
  });

  it('finds the month of a clicked bar, line point or target pin', () => {
    expect(clickedMonth({ componentType: 'series', seriesIndex: 0, dataIndex: 2 })).toBe(3);
    expect(clickedMonth({ componentType: 'series', dataIndex: 11 })).toBe(12);
    expect(
      clickedMonth({ componentType: 'markPoint', dataIndex: 0, data: { month: 6, value: 80 } }),
    ).toBe(6);
    expect(
      clickedMonth({ componentType: 'series', dataIndex: 0, data: { value: [8, 50], month: 9 } }),
    ).toBe(9);
    expect(clickedMonth({ componentType: 'series', dataIndex: 12 })).toBeNull();
    expect(clickedMonth({ componentType: 'xAxis' })).toBeNull();
    expect(clickedMonth({ componentType: 'series', data: 4560 })).toBeNull();
  });

  it('orders the sectors as the reference data does, unknown codes last under their code', () => {
    const rows = sectorRows(
      [
        {
          sectorCode: 'Zzz',
          count: 1,
          startedCount: 0,
          plannedInvestment: 100,
          investmentCompleted: 0,
        },
        {
          sectorCode: 'Transport',
          count: 12,
          startedCount: 7,
          plannedInvestment: 40_000_000,
          investmentCompleted: 22_100_000,
        },
        {
          sectorCode: 'Industry',
          count: 15,
          startedCount: 11,
          plannedInvestment: 60_000_000,
          investmentCompleted: 50_000_000,
        },
      ],
      [
        { code: 'Transport', name: '交通', sortOrder: 2 },
        { code: 'Industry', name: '工业', sortOrder: 1 },
      ],
    );
    expect(rows.map((row) => [row.sectorCode, row.name])).toEqual([
      ['Industry', '工业'],
      ['Transport', '交通'],
      ['Zzz', 'Zzz'],
    ]);

    const option = sectorsOption(rows, t);
    expect(axisData(option.xAxis)).toEqual(['工业', '交通', 'Zzz']);
    const [planned, completed] = series(option);
    expect(planned).toMatchObject({ name: '计划投资', type: 'bar' });
    expect(planned.data).toEqual([6000, 4000, 0.01]);
    expect(completed).toMatchObject({ name: '完成投资', type: 'bar' });
    expect(completed.data).toEqual([5000, 2210, 0]);

    expect(clickedSector({ componentType: 'series', seriesIndex: 1, dataIndex: 1 }, rows)).toBe(
      'Transport',
    );
    expect(clickedSector({ componentType: 'series', dataIndex: 3 }, rows)).toBeNull();
    expect(clickedSector({ componentType: 'legend' }, rows)).toBeNull();
  });

  it('stacks red and yellow warnings by rule and finds the level and rule clicked', () => {
    const { byRule } = warningSummaryDto(2026);
    const option = warningsOption(byRule, t);
    expect(axisData(option.xAxis)).toEqual(['开工预警', '进度预警']);
    const [red, yellow] = series(option);
    expect(red).toMatchObject({
      name: '红色',
      type: 'bar',
      stack: 'warnings',
      itemStyle: { color: CHART_COLORS.red },
      data: [3, 1],
    });
    expect(yellow).toMatchObject({
      name: '黄色',
      stack: 'warnings',
      itemStyle: { color: CHART_COLORS.yellow },
      data: [5, 0],
    });
    expect(
      clickedWarnings({ componentType: 'series', seriesIndex: 0, dataIndex: 0 }, byRule),
    ).toEqual({
      level: 'Red',
      rule: 'Start',
    });
    expect(
      clickedWarnings({ componentType: 'series', seriesIndex: 1, dataIndex: 1 }, byRule),
    ).toEqual({
      level: 'Yellow',
      rule: 'Progress',
    });
    expect(
      clickedWarnings({ componentType: 'series', seriesIndex: 2, dataIndex: 0 }, byRule),
    ).toBeNull();
    expect(
      clickedWarnings({ componentType: 'series', seriesIndex: 0, dataIndex: 5 }, byRule),
    ).toBeNull();
    expect(clickedWarnings({ componentType: 'legend' }, byRule)).toBeNull();
  });

  it('counts the not-started projects by cause: most first, ties in category order, no cause last', () => {
    const codes = [
      'Land',
      'Approval',
      'Funds',
      'Land',
      null,
      'Old',
      'Funds',
      'Land',
      '',
      'Approval',
      null,
    ];
    const counts = countByCategory(
      codes.map((problemCategoryCode) => ({ problemCategoryCode })),
      [
        { code: 'Approval', name: '审批问题', sortOrder: 4 },
        { code: 'Land', name: '用地问题', sortOrder: 1 },
        { code: 'Funds', name: '资金问题', sortOrder: 2 },
        { code: 'Design', name: '设计问题', sortOrder: 3 },
      ],
      '未填报原因',
    );
    expect(counts).toEqual([
      { code: 'Land', name: '用地问题', count: 3 },
      { code: 'Funds', name: '资金问题', count: 2 },
      { code: 'Approval', name: '审批问题', count: 2 },
      { code: 'Old', name: 'Old', count: 1 },
      { code: null, name: '未填报原因', count: 3 },
    ]);
    expect(countByCategory([], [], '未填报原因')).toEqual([]);
    expect(countByCategory([{ problemCategoryCode: 'Land' }], [], '—')).toEqual([
      { code: 'Land', name: 'Land', count: 1 },
    ]);
  });

  it('draws the causes as horizontal bars, the most frequent on top, and finds the cause clicked', () => {
    const counts = [
      { code: 'Land', name: '用地问题', count: 3 },
      { code: 'Funds', name: '资金问题', count: 2 },
      { code: null, name: '未填报原因', count: 1 },
    ];
    const option = causesOption(counts, t);
    expect(axisData(option.yAxis)).toEqual(['未填报原因', '资金问题', '用地问题']);
    const [bars] = series(option);
    expect(bars).toMatchObject({ name: '未开(复)工项目', type: 'bar', data: [1, 2, 3] });
    expect(clickedCause({ componentType: 'series', dataIndex: 2 }, counts)).toEqual(counts[0]);
    expect(clickedCause({ componentType: 'series', dataIndex: 0 }, counts)).toEqual(counts[2]);
    expect(clickedCause({ componentType: 'series', dataIndex: 3 }, counts)).toBeNull();
    expect(clickedCause({ componentType: 'title' }, counts)).toBeNull();
  });

  it('speaks Chinese unless the UI is in English', () => {
    expect(echartsLocale('zh-CN')).toBe('ZH');
    expect(echartsLocale('en')).toBe('EN');
    expect(echartsLocale(null)).toBe('ZH');
  });
});
