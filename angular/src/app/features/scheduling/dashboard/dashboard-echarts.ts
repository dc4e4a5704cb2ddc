import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkPointComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * The part of ECharts the 调度看板 draws with (bar, line and scatter charts on a grid, with tooltip, legend and
 * target pins, on canvas). Loaded on demand by ngx-echarts, so ECharts is in neither the initial bundle nor the
 * dashboard's own chunk; its built-in ZH/EN locales come with echarts/core.
 */
use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkPointComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { init };
