import type { EChartsOption } from 'echarts';
import { GetLeadFunnel$Params } from '../../../api/fn/leads/get-lead-funnel';
import { FunnelDto } from '../../../api/models/funnel-dto';
import { LeadSource } from '../../../api/models/lead-source';
import { dayToApi, shanghaiDay } from '../../../shared/dates';
import { percent } from '../leads-model';

/** Translates a key (ngx-translate's `instant`), so that the option builder stays pure and testable. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface FunnelFilters {
  period: Date[] | null;
  source: LeadSource | null;
  industryCode: string | null;
  ownerUserId: string | null;
}

/** This year in Asia/Shanghai, 1 January to 31 December: the period the funnel opens on. */
export function thisYear(now = new Date()): Date[] {
  const { year } = shanghaiDay(now);
  return [new Date(year, 0, 1), new Date(year, 11, 31)];
}

/** The filters as GET /leads/funnel takes them (empty ones left out). */
export function funnelQuery(filters: FunnelFilters): GetLeadFunnel$Params {
  const [from, to] = filters.period ?? [];
  return {
    from: dayToApi(from) ?? undefined,
    to: dayToApi(to) ?? undefined,
    source: filters.source ?? undefined,
    industryCode: filters.industryCode ?? undefined,
    ownerUserId: filters.ownerUserId ?? undefined,
  };
}

/** The label of a step: its name and reach, and the conversion from the step before (none for the first). */
export function stageLabel(stage: FunnelDto['stages'][number], t: Translate): string {
  const name = t(`leads.stages.${stage.stage}`);
  return stage.conversionFromPrevious === null
    ? t('leads.funnel.label', { name, reached: stage.reached })
    : t('leads.funnel.labelWithRate', {
        name,
        reached: stage.reached,
        rate: percent(stage.conversionFromPrevious),
      });
}

const COLORS = ['#91caff', '#1677ff', '#13c2c2', '#faad14', '#52c41a'];

/** The funnel chart: how many leads reached each step, widest first; null when the period has no lead. */
export function funnelOption(funnel: FunnelDto | null, t: Translate): EChartsOption | null {
  if (!funnel || funnel.total === 0) {
    return null;
  }
  const max = Math.max(...funnel.stages.map((s) => s.reached), 1);
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        min: 0,
        max,
        minSize: '8%',
        left: '10%',
        width: '80%',
        gap: 2,
        label: { show: true, position: 'inside' },
        data: funnel.stages.map((stage, i) => ({
          name: t(`leads.stages.${stage.stage}`),
          value: stage.reached,
          itemStyle: { color: COLORS[i % COLORS.length] },
          label: { formatter: stageLabel(stage, t) },
        })),
      },
    ],
  };
}

/** ECharts' built-in locale for the UI language. */
export function echartsLocale(language: string | null | undefined): 'ZH' | 'EN' {
  return language?.toLowerCase().startsWith('en') ? 'EN' : 'ZH';
}
