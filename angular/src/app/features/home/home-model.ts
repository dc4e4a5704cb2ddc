import { FunnelDto } from '../../api/models/funnel-dto';
import { LeadStage } from '../../api/models/lead-stage';
import { shanghaiDay } from '../../shared/dates';

/** This year so far in Asia/Shanghai: from 1 January to today, as the lead funnel takes them. */
export function thisYearSoFar(now = new Date()): { year: number; from: string; to: string } {
  const { year, month, day } = shanghaiDay(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { year, from: `${year}-01-01`, to: `${year}-${pad(month)}-${pad(day)}` };
}

/** The stages counted as 在谈: 接洽, 考察, 洽谈. */
const TALKING: LeadStage[] = ['Contact', 'Visit', 'Negotiation'];

/** The lead card's figures: 新增线索, 在谈 (standing at 接洽+考察+洽谈 now), 已签约, 签约转化率. */
export function leadFigures(funnel: FunnelDto): {
  total: number;
  talking: number;
  signed: number;
  conversionRate: number;
} {
  const stage = (s: LeadStage) => funnel.stages.find((x) => x.stage === s);
  return {
    total: funnel.total,
    talking: TALKING.reduce((sum, s) => sum + (stage(s)?.current ?? 0), 0),
    signed: stage('Contracted')?.reached ?? 0,
    conversionRate: funnel.conversionRate,
  };
}

const RATE = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** A fraction as a percent with two decimals: 0.125 → "12.50%"; '—' when unknown. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined || Number.isNaN(rate) ? '—' : RATE.format(rate + 0);
}
