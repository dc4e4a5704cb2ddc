import { cohortSteps } from '../contracts-test-data';
import { cohortOption, cohortRows } from './cohort-model';

describe('cohort model', () => {
  it('gives each step its share of the contracts signed and its amount in 万元', () => {
    const rows = cohortRows(cohortSteps());
    expect(rows.map((r) => [r.name, r.share, r.amountWan])).toEqual([
      ['签约', '100.00%', '200,000.00'],
      ['资金到位', '75.00%', '50,000.00'],
      ['履约', '62.50%', '150,000.00'],
      ['开工', '37.50%', '90,000.00'],
      ['投产', '12.50%', '30,000.00'],
      ['落地', '25.00%', '60,000.00'],
    ]);
    expect(cohortRows([{ step: 'Signed', name: '签约', count: 0, amount: 0 }])[0].share).toBe('');
  });

  it('draws the steps in their order, labelled with count and 万元, and nothing for an empty cohort', () => {
    const option = cohortOption(cohortSteps(), { count: '个', wan: '万元' }) as {
      series: {
        sort: string;
        max: number;
        data: { name: string; value: number; label: { formatter: string } }[];
      }[];
    };
    const series = option.series[0];
    expect(series.sort).toBe('none');
    expect(series.max).toBe(8);
    expect(series.data.map((d) => d.value)).toEqual([8, 6, 5, 3, 1, 2]);
    expect(series.data[1].label.formatter).toBe('资金到位  6 个 · 50,000.00 万元');
    expect(cohortOption([], { count: '个', wan: '万元' })).toBeNull();
    expect(
      cohortOption([{ step: 'Signed', name: '签约', count: 0, amount: 0 }], { count: '', wan: '' }),
    ).toBeNull();
  });
});
