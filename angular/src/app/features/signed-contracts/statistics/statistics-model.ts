import { ContractRateCode } from '../../../api/models/contract-rate-code';
import { ContractRateDefinitionDto } from '../../../api/models/contract-rate-definition-dto';
import { ContractStatisticsDto } from '../../../api/models/contract-statistics-dto';
import { formatWan } from '../../../shared/money';
import { formatRate } from '../contracts-model';

/** The lists behind the figures (GET /statistics/contracts?measure=). */
export type Measure = 'signed' | 'fulfilling' | 'started' | 'producing' | 'landed' | 'noFunds';

/** The cohort's filters besides the year. */
export interface StatisticsFilters {
  signingEvent: string | null;
  industryCode: string | null;
  departmentId: string | null;
}

/** What a drill-down asks for: a measure, within the page's filters or a table row's group. */
export interface DrillDown {
  measure: Measure;
  filters: StatisticsFilters;
  /** The group's name when opened from a table row. */
  group?: string;
}

/** One rate card: the rate, its counts (or amounts), the list behind them, and the stored definition. */
export interface RateCard {
  code: ContractRateCode;
  testId: string;
  rate: string;
  numerator: string;
  denominator: string;
  /** The list behind the numerator (none for amounts). */
  measure: Measure | null;
  definition: ContractRateDefinitionDto | null;
}

/** 履约率, 资金到位率, 开工率, 投产率 in that order, each with its definition. */
export function rateCards(s: ContractStatisticsDto): RateCard[] {
  const definition = (code: ContractRateCode) => s.definitions.find((d) => d.code === code) ?? null;
  const signed = String(s.signedCount);
  return [
    {
      code: 'FulfilmentRate',
      testId: 'stat-fulfilment-rate',
      rate: formatRate(s.fulfilmentRate),
      numerator: String(s.fulfillingCount),
      denominator: signed,
      measure: 'fulfilling',
      definition: definition('FulfilmentRate'),
    },
    {
      code: 'FundsArrivalRate',
      testId: 'stat-funds-rate',
      rate: formatRate(s.fundsArrivalRate),
      numerator: formatWan(s.fundsArrived),
      denominator: formatWan(s.contractedAmount),
      measure: null,
      definition: definition('FundsArrivalRate'),
    },
    {
      code: 'StartRate',
      testId: 'stat-start-rate',
      rate: formatRate(s.startRate),
      numerator: String(s.startedCount),
      denominator: signed,
      measure: 'started',
      definition: definition('StartRate'),
    },
    {
      code: 'ProductionRate',
      testId: 'stat-production-rate',
      rate: formatRate(s.productionRate),
      numerator: String(s.producingCount),
      denominator: signed,
      measure: 'producing',
      definition: definition('ProductionRate'),
    },
  ];
}

/** The statistics request: the year and the filters given. */
export function statisticsQuery(year: number, filters: Partial<StatisticsFilters>) {
  return {
    year,
    signingEvent: filters.signingEvent ?? undefined,
    industryCode: filters.industryCode ?? undefined,
    departmentId: filters.departmentId ?? undefined,
  };
}

/** The filters of a table row's group, on top of the page's. */
export function groupFilters(
  table: 'byEvent' | 'byIndustry' | 'byDepartment',
  key: string,
  filters: StatisticsFilters,
): StatisticsFilters {
  switch (table) {
    case 'byEvent':
      return { ...filters, signingEvent: key };
    case 'byIndustry':
      return { ...filters, industryCode: key };
    default:
      return { ...filters, departmentId: key };
  }
}
