import { funnelDto } from '../leads-test-data';
import { echartsLocale, funnelOption, funnelQuery, stageLabel, thisYear } from './funnel-model';

const t = (key: string, params?: Record<string, unknown>) =>
  params ? `${key} ${JSON.stringify(params)}` : key;

describe('funnel model', () => {
  it('opens on this year in Shanghai and sends the period as days', () => {
    const period = thisYear(new Date('2026-12-31T17:00:00Z'));
    expect(period).toEqual([new Date(2027, 0, 1), new Date(2027, 11, 31)]);
    expect(funnelQuery({ period, source: 'Fair', industryCode: null, ownerUserId: 'u1' })).toEqual({
      from: '2027-01-01',
      to: '2027-12-31',
      source: 'Fair',
      industryCode: undefined,
      ownerUserId: 'u1',
    });
    expect(
      funnelQuery({ period: null, source: null, industryCode: null, ownerUserId: null }),
    ).toEqual({
      from: undefined,
      to: undefined,
      source: undefined,
      industryCode: undefined,
      ownerUserId: undefined,
    });
  });

  it('labels each step with its reach and the conversion from the step before', () => {
    const [clue, contact] = funnelDto().stages;
    expect(stageLabel(clue, t)).toBe(
      'leads.funnel.label {"name":"leads.stages.Clue","reached":40}',
    );
    expect(stageLabel(contact, t)).toBe(
      'leads.funnel.labelWithRate {"name":"leads.stages.Contact","reached":30,"rate":"75.0%"}',
    );
  });

  it('draws the reach of the five steps in order, and nothing for an empty period', () => {
    const option = funnelOption(funnelDto(), t)!;
    const series = (
      option.series as { type: string; sort: string; data: { value: number }[] }[]
    )[0];
    expect(series.type).toBe('funnel');
    expect(series.sort).toBe('none');
    expect(series.data.map((d) => d.value)).toEqual([40, 30, 20, 10, 5]);
    expect(funnelOption(funnelDto({ total: 0 }), t)).toBeNull();
    expect(funnelOption(null, t)).toBeNull();
  });

  it('follows the UI language for ECharts’ own texts', () => {
    expect(echartsLocale('en')).toBe('EN');
    expect(echartsLocale('zh-CN')).toBe('ZH');
    expect(echartsLocale(undefined)).toBe('ZH');
  });
});
