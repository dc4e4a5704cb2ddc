import type { EChartsCoreOption } from 'echarts/core';
import { FunnelStepDto } from '../../../api/models/funnel-step-dto';
import { formatWan } from '../../../shared/money';
import { formatRate } from '../contracts-model';

/** A step of the cohort as the table shows it: its share of the contracts signed. */
export interface CohortRow extends FunnelStepDto {
  amountWan: string;
  share: string;
}

export function cohortRows(steps: FunnelStepDto[]): CohortRow[] {
  const signed = steps[0]?.count ?? 0;
  return steps.map((step) => ({
    ...step,
    amountWan: formatWan(step.amount),
    share: signed > 0 ? formatRate(Math.round((step.count / signed) * 10_000) / 10_000) : '',
  }));
}

/** The funnel 签约 → 资金到位 → 履约 → 开工 → 投产 → 落地, each step labelled with its count and 万元. */
export function cohortOption(
  steps: FunnelStepDto[],
  labels: { count: string; wan: string },
): EChartsCoreOption | null {
  if (!steps.length || steps.every((step) => step.count === 0)) {
    return null;
  }
  const max = Math.max(...steps.map((step) => step.count), 1);
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        min: 0,
        max,
        minSize: '8%',
        gap: 2,
        left: '10%',
        width: '80%',
        label: { show: true, position: 'inside' },
        data: steps.map((step) => ({
          name: step.name,
          value: step.count,
          label: {
            formatter: `${step.name}  ${step.count} ${labels.count} · ${formatWan(step.amount)} ${labels.wan}`,
          },
        })),
      },
    ],
  };
}
