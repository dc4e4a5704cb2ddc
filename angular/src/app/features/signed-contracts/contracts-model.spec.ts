import { FormControl } from '@angular/forms';
import { shanghaiToday } from '../../shared/dates';
import {
  NEXT_STATES,
  canLand,
  contractError,
  contractQuery,
  contractYears,
  creditCodeValidator,
  formatRate,
  fundsRate,
  isCreditCode,
  milestoneColor,
  needsReason,
  notFutureValidator,
  parseYear,
  positiveValidator,
} from './contracts-model';

describe('contracts model', () => {
  it('allows only the moves the server allows, 终止 being final', () => {
    expect(NEXT_STATES.NotStarted).toEqual(['Preparing', 'Stalled', 'Terminated']);
    expect(NEXT_STATES.Producing).toEqual(['Stalled']);
    expect(NEXT_STATES.Stalled).toEqual([
      'Preparing',
      'UnderConstruction',
      'Producing',
      'Terminated',
    ]);
    expect(NEXT_STATES.Terminated).toEqual([]);
    expect(needsReason('Stalled')).toBe(true);
    expect(needsReason('Terminated')).toBe(true);
    expect(needsReason('Preparing')).toBe(false);
  });

  it('lands a contract once, and only while it is being carried out', () => {
    expect(canLand({ fulfilmentState: 'Preparing', projectId: null })).toBe(true);
    expect(canLand({ fulfilmentState: 'Producing', projectId: null })).toBe(true);
    expect(canLand({ fulfilmentState: 'NotStarted', projectId: null })).toBe(false);
    expect(canLand({ fulfilmentState: 'Stalled', projectId: null })).toBe(false);
    expect(canLand({ fulfilmentState: 'Preparing', projectId: 'p1' })).toBe(false);
  });

  it('sends only the filters given, newest signings first', () => {
    expect(contractQuery({ search: '  富硒 ', year: 2026, overdueMilestone: false })).toEqual({
      search: '富硒',
      year: 2026,
      signingEvent: undefined,
      industryCode: undefined,
      state: undefined,
      departmentId: undefined,
      overdueMilestone: undefined,
      sort: '-signedOn',
    });
    expect(contractQuery({ state: 'Stalled', overdueMilestone: true })).toMatchObject({
      state: 'Stalled',
      overdueMilestone: true,
    });
  });

  it('offers this year and five before, and reads a plausible ?year=', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    expect(contractYears(now)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(contractYears(now, 2015)).toContain(2015);
    expect(parseYear('2024', now)).toBe(2024);
    expect(parseYear('abc', now)).toBe(2026);
    expect(parseYear(null, now)).toBe(2026);
  });

  it('shows rates as percents with two decimals', () => {
    expect(formatRate(0.6667)).toBe('66.67%');
    expect(formatRate(0)).toBe('0.00%');
    expect(formatRate(null)).toBe('');
    expect(fundsRate(100_000_000, 500_000_000)).toBe(0.2);
    expect(fundsRate(1, 3)).toBe(0.3333);
    expect(fundsRate(5, 0)).toBeNull();
  });

  it('checks a credit code’s length and both check characters', () => {
    expect(isCreditCode('91630100MA752XKQ5X')).toBe(true);
    expect(isCreditCode('91630102710401239p')).toBe(true);
    expect(isCreditCode('91630100MA752XKQ5Y')).toBe(false);
    expect(creditCodeValidator(new FormControl(''))).toBeNull();
    expect(creditCodeValidator(new FormControl('9163'))).toEqual({ creditCodeLength: true });
    expect(creditCodeValidator(new FormControl('91630100MA752XKQ50'))).toEqual({
      creditCode: true,
    });
  });

  it('wants amounts above zero and days not after today', () => {
    expect(positiveValidator(new FormControl(0))).toEqual({ positive: true });
    expect(positiveValidator(new FormControl(0.01))).toBeNull();
    expect(positiveValidator(new FormControl(null))).toBeNull();
    const today = shanghaiToday();
    const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
    expect(notFutureValidator(new FormControl(today))).toBeNull();
    expect(notFutureValidator(new FormControl(tomorrow))).toEqual({ future: true });
  });

  it('names its own errors and leaves the usual ones to the shared messages', () => {
    expect(contractError({ creditCode: true })).toEqual({ key: 'contracts.validation.creditCode' });
    expect(contractError({ min: { min: 1, actual: 0 } })).toEqual({
      key: 'contracts.validation.min',
      params: { min: 1, actual: 0 },
    });
    expect(contractError({ required: true })).toBeNull();
    expect(contractError({ server: '协议投资额须大于 0' })).toBeNull();
  });

  it('colours a milestone: done green, overdue red, else blue', () => {
    expect(milestoneColor({ actualOn: '2026-05-01', overdue: false })).toBe('green');
    expect(milestoneColor({ actualOn: null, overdue: true })).toBe('red');
    expect(milestoneColor({ actualOn: null, overdue: false })).toBe('blue');
  });
});
