import { FunnelChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * The part of ECharts the 签约批次跟踪 draws with (a funnel with tooltips, on canvas). Loaded on demand by ngx-echarts,
 * so ECharts is in neither the initial bundle nor the cohort page's own chunk.
 */
use([FunnelChart, TooltipComponent, CanvasRenderer]);

export { init };
