import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { GetSignedContracts$Params } from '../../api/fn/signed-contracts/get-signed-contracts';
import { ContractListItemDto } from '../../api/models/contract-list-item-dto';
import { ContractMilestoneKind } from '../../api/models/contract-milestone-kind';
import { FulfilmentState } from '../../api/models/fulfilment-state';
import { FundsKind } from '../../api/models/funds-kind';
import { shanghaiDay, shanghaiToday } from '../../shared/dates';
import { attachmentRejection } from '../../shared/files/attachment-file';

/** 未启动 / 前期推进 / 已开工 / 已投产 / 停滞 / 终止, in the order they are shown. */
export const FULFILMENT_STATES: FulfilmentState[] = [
  'NotStarted',
  'Preparing',
  'UnderConstruction',
  'Producing',
  'Stalled',
  'Terminated',
];

/** nz-tag colour of each state. */
export const STATE_COLORS: Record<FulfilmentState, string> = {
  NotStarted: 'default',
  Preparing: 'blue',
  UnderConstruction: 'cyan',
  Producing: 'green',
  Stalled: 'orange',
  Terminated: 'red',
};

/** The moves the server allows (终止 is final). */
export const NEXT_STATES: Record<FulfilmentState, FulfilmentState[]> = {
  NotStarted: ['Preparing', 'Stalled', 'Terminated'],
  Preparing: ['UnderConstruction', 'Stalled', 'Terminated'],
  UnderConstruction: ['Producing', 'Stalled', 'Terminated'],
  Producing: ['Stalled'],
  Stalled: ['Preparing', 'UnderConstruction', 'Producing', 'Terminated'],
  Terminated: [],
};

/** 停滞 and 终止 need a reason. */
export const needsReason = (state: FulfilmentState | null | undefined): boolean =>
  state === 'Stalled' || state === 'Terminated';

/** 落地 (into the reserve library): once, and only while 前期推进 / 已开工 / 已投产. */
export function canLand(
  contract: Pick<ContractListItemDto, 'fulfilmentState' | 'projectId'>,
): boolean {
  return (
    !contract.projectId &&
    (['Preparing', 'UnderConstruction', 'Producing'] as FulfilmentState[]).includes(
      contract.fulfilmentState,
    )
  );
}

/** 注册公司 → 供地 → 开工 → 投产. */
export const MILESTONE_KINDS: Exclude<ContractMilestoneKind, null>[] = [
  'RegisterCompany',
  'LandSupply',
  'ConstructionStart',
  'Production',
];

/** The kinds a user registers (台账导入 entries come from the ledger). */
export const FUNDS_KINDS: FundsKind[] = ['BankVoucher', 'Invoice'];

/** The list's filters, as the page's form holds them. */
export interface ContractFilters {
  search: string;
  year: number | null;
  signingEvent: string | null;
  industryCode: string | null;
  state: FulfilmentState | null;
  departmentId: string | null;
  overdueMilestone: boolean;
}

export const DEFAULT_CONTRACT_FILTERS: ContractFilters = {
  search: '',
  year: null,
  signingEvent: null,
  industryCode: null,
  state: null,
  departmentId: null,
  overdueMilestone: false,
};

/** The filters as GET / and /export take them (empty ones left out). */
export function contractQuery(
  filters: Partial<ContractFilters>,
): Omit<GetSignedContracts$Params, 'page' | 'pageSize'> {
  return {
    search: filters.search?.trim() || undefined,
    year: filters.year ?? undefined,
    signingEvent: filters.signingEvent ?? undefined,
    industryCode: filters.industryCode ?? undefined,
    state: filters.state ?? undefined,
    departmentId: filters.departmentId ?? undefined,
    overdueMilestone: filters.overdueMilestone ? true : undefined,
    sort: '-signedOn',
  };
}

/** This year and the five before it, newest first (plus `extra` when given and not among them). */
export function contractYears(now = new Date(), extra?: number | null): number[] {
  const { year } = shanghaiDay(now);
  const years = Array.from({ length: 6 }, (_, i) => year - i);
  return extra && !years.includes(extra) ? [...years, extra].sort((a, b) => b - a) : years;
}

/** `?year=` when plausible, else this year (Asia/Shanghai). */
export function parseYear(value: string | null | undefined, now = new Date()): number {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 2000 && year <= 2100
    ? year
    : shanghaiDay(now).year;
}

const RATE = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** A fraction as a percent with two decimals: 0.6667 → "66.67%"; '' when unknown. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined || Number.isNaN(rate) ? '' : RATE.format(rate + 0);
}

/** 资金到位率 of one contract: funds arrived ÷ amount contracted (4 decimals); null without an amount. */
export function fundsRate(fundsArrived: number, contractedAmount: number): number | null {
  return contractedAmount > 0
    ? Math.round((fundsArrived / contractedAmount) * 10_000) / 10_000
    : null;
}

/** The file the export is saved under. */
export const CONTRACTS_EXPORT_FILE_NAME = '签约项目台账.xlsx';
export const CONTRACTS_TEMPLATE_FILE_NAME = '签约项目台账-模板.xlsx';

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** 统一社会信用代码 (GB 32100-2015) with both of its check characters, as the server checks it. */
export function isCreditCode(value: string): boolean {
  const code = value.trim().toUpperCase();
  if (code.length !== 18 || [...code].some((c) => !CREDIT_ALPHABET.includes(c))) {
    return false;
  }
  const sum = [...code.slice(0, 17)].reduce(
    (total, c, i) => total + CREDIT_ALPHABET.indexOf(c) * CREDIT_WEIGHTS[i],
    0,
  );
  if (code[17] !== CREDIT_ALPHABET[(31 - (sum % 31)) % 31]) {
    return false;
  }
  const organisation = code.slice(8, 17);
  const orgSum = [...organisation.slice(0, 8)].reduce(
    (total, c, i) =>
      total + (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55) * ORGANISATION_WEIGHTS[i],
    0,
  );
  const check = 11 - (orgSum % 11);
  return organisation[8] === (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/** An optional credit code: empty passes; else 18 characters with valid checks. */
export const creditCodeValidator: ValidatorFn = (control: AbstractControl) => {
  const value = typeof control.value === 'string' ? control.value.trim() : '';
  if (!value) {
    return null;
  }
  return value.length !== 18
    ? { creditCodeLength: true }
    : isCreditCode(value)
      ? null
      : { creditCode: true };
};

/** A number above zero (empty is left to `required`). */
export const positiveValidator: ValidatorFn = (control: AbstractControl) =>
  control.value === null || control.value === undefined || control.value === ''
    ? null
    : Number(control.value) > 0
      ? null
      : { positive: true };

/** A picked day not after today (Asia/Shanghai). */
export const notFutureValidator: ValidatorFn = (control: AbstractControl) =>
  control.value instanceof Date && control.value > endOfToday() ? { future: true } : null;

function endOfToday(): Date {
  const today = shanghaiToday();
  return new Date(today.getFullYear(), today.getMonth(), today.getDate(), 23, 59, 59, 999);
}

/** For `nzDisabledDate`: days after today. */
export const afterToday = (day: Date): boolean => day > endOfToday();

const OWN_ERRORS = ['creditCodeLength', 'creditCode', 'positive', 'future', 'fileType', 'fileSize'];

/** The message of a validation error this module adds (min/max too), or null for the usual ones. */
export function contractError(
  errors: ValidationErrors | null,
): { key: string; params?: Record<string, unknown> } | null {
  if (!errors || errors['server'] || errors['required']) {
    return null;
  }
  const own = OWN_ERRORS.find((key) => errors[key]);
  if (own) {
    return { key: `contracts.validation.${own}` };
  }
  if (errors['min']) {
    return { key: 'contracts.validation.min', params: errors['min'] };
  }
  return errors['max'] ? { key: 'contracts.validation.max', params: errors['max'] } : null;
}

/** 到位资金凭证 the server takes: PDF, JPEG or PNG of at most 10 MB. */
/** The evidence control: a picked file must pass {@link attachmentRejection}. */
export const evidenceValidator: ValidatorFn = (control: AbstractControl) =>
  control.value instanceof File ? attachmentRejection(control.value) : null;

/** nz-timeline colour of a milestone: done green, overdue red, pending blue. */
export function milestoneColor(milestone: {
  actualOn: string | null;
  overdue: boolean;
}): 'green' | 'red' | 'blue' {
  if (milestone.actualOn) {
    return 'green';
  }
  return milestone.overdue ? 'red' : 'blue';
}

/** How many reminders the list shows, and how old (days) they may be. */
export const REMINDERS_SHOWN = 3;
export const REMINDERS_RECENT_DAYS = 7;

/** The reminders sent in the last week (newest first as the server lists them), at most three. */
export function recentReminders<T extends { sentOn: string }>(items: T[], now = new Date()): T[] {
  const { year, month, day } = shanghaiDay(now);
  const since = new Date(Date.UTC(year, month - 1, day - REMINDERS_RECENT_DAYS))
    .toISOString()
    .slice(0, 10);
  return items.filter((r) => r.sentOn >= since).slice(0, REMINDERS_SHOWN);
}
