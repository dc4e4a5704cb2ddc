import { HttpErrorResponse } from '@angular/common/http';
import { briefFileName, briefPeriod, briefQuery, briefRefusal, briefsYear } from './briefs-model';

describe('briefs model', () => {
  it('names the period from January to the month', () => {
    expect(briefPeriod(2026, 3)).toEqual({
      key: 'scheduling.briefs.period',
      params: { year: 2026, month: 3 },
    });
  });

  it('opens on ?year=, every year for ?year=all, else the year of the month just ended', () => {
    const january = new Date('2026-01-15T04:00:00Z');
    expect(briefsYear('2025', january)).toBe(2025);
    expect(briefsYear('all', january)).toBeNull();
    expect(briefsYear(null, january)).toBe(2025);
    expect(briefsYear('x', new Date('2026-05-01T04:00:00Z'))).toBe(2026);
    // 2025-12-31 20:00 UTC is already 1 January in Shanghai: December of 2025 is the month just ended.
    expect(briefsYear(undefined, new Date('2025-12-31T20:00:00Z'))).toBe(2025);
  });

  it('leaves the year out for every year', () => {
    expect(briefQuery(2026, 2, 20)).toEqual({ year: 2026, page: 2, pageSize: 20 });
    expect(briefQuery(null, 1, 50)).toEqual({ year: undefined, page: 1, pageSize: 50 });
  });

  it('saves the document under its title', () => {
    expect(briefFileName('2026年第一季度调度会通报')).toBe('2026年第一季度调度会通报.docx');
  });

  it('reads the sentences of a 422 or a 400, and nothing else', () => {
    const refusal = new HttpErrorResponse({
      status: 422,
      error: { status: 422, code: 'Scheduling.BriefPeriod', detail: '2026 年 12 月尚未到来' },
    });
    expect(briefRefusal(refusal)).toEqual(['2026 年 12 月尚未到来']);
    const invalid = new HttpErrorResponse({
      status: 400,
      error: {
        title: 'One or more validation errors occurred.',
        errors: { Month: ['月份应为 1–12'], Year: ['年份不正确'] },
      },
    });
    expect(briefRefusal(invalid)).toEqual(['月份应为 1–12', '年份不正确']);
    expect(briefRefusal(new HttpErrorResponse({ status: 500, error: { detail: 'x' } }))).toBeNull();
    expect(briefRefusal(new Error('x'))).toBeNull();
  });
});
