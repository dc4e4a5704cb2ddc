import { HttpErrorResponse } from '@angular/common/http';
import { FormControl } from '@angular/forms';
import {
  DEFAULT_FILTERS,
  canDecideExemption,
  canRequestExemption,
  createRuleForm,
  eventColor,
  formatMeasure,
  measureText,
  reasonLength,
  refusal,
  ruleRequest,
  warningQuery,
  warningYears,
  warningsExportFileName,
  warningsQueryFilters,
  warningsYear,
} from './warnings-model';
import { ruleDto, warningDto, warningEvent } from './warnings-test-data';

describe('warnings-model', () => {
  it('sends only the filters that are set, trimmed, with 预警中 unless asked otherwise', () => {
    expect(warningQuery(2026, DEFAULT_FILTERS)).toEqual({
      year: 2026,
      level: undefined,
      rule: undefined,
      status: 'Open',
      exemption: undefined,
      search: undefined,
    });
    expect(
      warningQuery(2025, {
        level: 'Red',
        rule: 'Progress',
        status: 'Exempted',
        exemption: 'Granted',
        search: '  新平 ',
      }),
    ).toEqual({
      year: 2025,
      level: 'Red',
      rule: 'Progress',
      status: 'Exempted',
      exemption: 'Granted',
      search: '新平',
    });
    expect(warningQuery(2025, { search: '   ' }).search).toBeUndefined();
  });

  it('opens on ?year= when plausible, else on the year of last month in Asia/Shanghai', () => {
    expect(warningsYear('2024', new Date('2026-04-15T04:00:00Z'))).toBe(2024);
    expect(warningsYear('24', new Date('2026-04-15T04:00:00Z'))).toBe(2026);
    expect(warningsYear(null, new Date('2026-04-15T04:00:00Z'))).toBe(2026);
    // 10 January in Shanghai: the month just ended is December of last year
    expect(warningsYear(null, new Date('2026-01-10T04:00:00Z'))).toBe(2025);
    // 2025-12-31T16:00Z is already 1 January 2026 in Shanghai
    expect(warningsYear(undefined, new Date('2025-12-31T16:00:00Z'))).toBe(2025);
  });

  it('reads ?level=&rule= as filters, leaving unknown values unfiltered', () => {
    expect(warningsQueryFilters('Red', 'Start')).toEqual({ level: 'Red', rule: 'Start' });
    expect(warningsQueryFilters('Yellow', 'PreProcedures')).toEqual({
      level: 'Yellow',
      rule: 'PreProcedures',
    });
    expect(warningsQueryFilters('red', 'start')).toEqual({ level: null, rule: null });
    expect(warningsQueryFilters(null, undefined)).toEqual({ level: null, rule: null });
  });

  it('offers this year and the 5 before it, plus the year shown', () => {
    const now = new Date('2026-04-15T04:00:00Z');
    expect(warningYears(2026, now)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(warningYears(2018, now)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2018]);
  });

  it('writes measures as the server does', () => {
    expect(formatMeasure(4)).toBe('4');
    expect(formatMeasure(12.5)).toBe('12.5');
    expect(formatMeasure(null)).toBe('');
    expect(measureText(12.25, '个百分点')).toBe('12.25 个百分点');
  });

  it('offers 申请豁免 to a reporting unit on an open warning without a pending request', () => {
    const year = 2026;
    expect(canRequestExemption(warningDto(year), true)).toBe(true);
    expect(canRequestExemption(warningDto(year), false)).toBe(false);
    expect(canRequestExemption(warningDto(year, { exemption: 'Refused' }), true)).toBe(true);
    expect(canRequestExemption(warningDto(year, { exemption: 'Requested' }), true)).toBe(false);
    expect(canRequestExemption(warningDto(year, { status: 'Resolved' }), true)).toBe(false);
    expect(
      canRequestExemption(warningDto(year, { status: 'Exempted', exemption: 'Granted' }), true),
    ).toBe(false);
  });

  it('offers 审核 to 重点办 on a pending request only', () => {
    expect(canDecideExemption(warningDto(2026, { exemption: 'Requested' }), true)).toBe(true);
    expect(canDecideExemption(warningDto(2026, { exemption: 'Requested' }), false)).toBe(false);
    expect(canDecideExemption(warningDto(2026), true)).toBe(false);
  });

  it('colours the history: red escalations, green relief, grey bookkeeping', () => {
    expect(eventColor(warningEvent(2026, { kind: 'Raised', level: 'Red' }))).toBe('red');
    expect(eventColor(warningEvent(2026, { kind: 'Raised', level: 'Yellow' }))).toBe('orange');
    expect(eventColor(warningEvent(2026, { kind: 'Resolved' }))).toBe('green');
    expect(eventColor(warningEvent(2026, { kind: 'ExemptionGranted' }))).toBe('green');
    expect(eventColor(warningEvent(2026, { kind: 'LeftPlan' }))).toBe('gray');
    expect(eventColor(warningEvent(2026, { kind: 'ExemptionRequested' }))).toBe('blue');
  });

  it('names the export as the server does', () => {
    expect(warningsExportFileName(2026)).toBe('预警清单-2026.xlsx');
  });

  it('wants a reason of 4–1000 characters once trimmed', () => {
    const check = (value: string) => reasonLength(new FormControl(value));
    expect(check('')).toEqual({ required: true });
    expect(check('    ')).toEqual({ required: true });
    expect(check(' 理由 ')).toEqual({ minlength: { requiredLength: 4, actualLength: 2 } });
    expect(check('资金到位延迟')).toBeNull();
    expect(check('字'.repeat(1001))).toEqual({
      maxlength: { requiredLength: 1000, actualLength: 1001 },
    });
  });

  it('reads a 422 refusal and nothing else', () => {
    const refused = new HttpErrorResponse({
      status: 422,
      error: {
        status: 422,
        code: 'Scheduling.WarningThresholds',
        detail: '红色阈值不能低于黄色阈值',
      },
    });
    expect(refusal(refused)).toEqual({
      code: 'Scheduling.WarningThresholds',
      detail: '红色阈值不能低于黄色阈值',
    });
    expect(refusal(new HttpErrorResponse({ status: 409, error: { detail: 'x' } }))).toBeNull();
    expect(refusal(new Error('x'))).toBeNull();
  });

  it('edits a rule: thresholds not negative, red not below yellow, no switch without data', () => {
    const form = createRuleForm(ruleDto());
    expect(form.valid).toBe(true);
    form.patchValue({ yellowThreshold: 5, redThreshold: 3 });
    expect(form.hasError('redBelowYellow')).toBe(true);
    form.patchValue({ redThreshold: 5 });
    expect(form.valid).toBe(true);
    form.patchValue({ yellowThreshold: -1 });
    expect(form.controls.yellowThreshold.hasError('min')).toBe(true);
    form.patchValue({ yellowThreshold: 1, enabled: false });
    expect(ruleRequest(form, ruleDto())).toEqual({
      yellowThreshold: 1,
      redThreshold: 5,
      enabled: false,
      concurrencyStamp: 'stamp-Start',
    });

    const preProcedures = createRuleForm(
      ruleDto({ code: 'PreProcedures', enabled: false, hasDataSource: false }),
    );
    expect(preProcedures.controls.enabled.disabled).toBe(true);
    expect(ruleRequest(preProcedures, ruleDto()).enabled).toBe(false);
  });
});
