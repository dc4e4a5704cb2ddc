import { contractStatistics } from '../contracts-test-data';
import { groupFilters, rateCards, statisticsQuery } from './statistics-model';

describe('contract statistics model', () => {
  it('builds the four rate cards with their counts, lists and definitions', () => {
    const cards = rateCards(contractStatistics(2026));
    expect(cards.map((c) => [c.code, c.rate, c.numerator, c.denominator, c.measure])).toEqual([
      ['FulfilmentRate', '75.00%', '3', '4', 'fulfilling'],
      ['FundsArrivalRate', '25.00%', '30,000.00', '120,000.00', null],
      ['StartRate', '50.00%', '2', '4', 'started'],
      ['ProductionRate', '25.00%', '1', '4', 'producing'],
    ]);
    expect(cards[1].definition?.version).toBe(2);
    expect(rateCards(contractStatistics(2026, { definitions: [] }))[0].definition).toBeNull();
  });

  it('asks with the given filters only, and narrows to a table row’s group', () => {
    expect(statisticsQuery(2026, { signingEvent: null, industryCode: 'SELENIUM' })).toEqual({
      year: 2026,
      signingEvent: undefined,
      industryCode: 'SELENIUM',
      departmentId: undefined,
    });
    const none = { signingEvent: null, industryCode: null, departmentId: null };
    expect(groupFilters('byEvent', '第二十四届青洽会', none).signingEvent).toBe('第二十四届青洽会');
    expect(groupFilters('byIndustry', 'SELENIUM', none).industryCode).toBe('SELENIUM');
    expect(groupFilters('byDepartment', 'd1', none).departmentId).toBe('d1');
  });
});
