import * as echartsForReact from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

// the chart types the app uses; add one here when a screen needs it (keeps the bundle small)
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  HeatmapChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

// echarts-for-react is CommonJS: in the production bundle its default export arrives wrapped once
// more (React error #130, "element type is object"); take the component wherever it is
type CoreComponent = typeof echartsForReact.default;
const wrapped = echartsForReact.default as CoreComponent & { default?: CoreComponent };
const ReactEChartsCore: CoreComponent = wrapped.default ?? wrapped;

export interface EChartProps {
  option: EChartsCoreOption;
  /** what the chart shows, in words (screen readers; also what component tests look for) */
  label: string;
  height?: number;
  onClick?: (params: { name: string; dataIndex: number; seriesName?: string }) => void;
}

/**
 * Every chart of the app goes through this wrapper (component tests replace it, see
 * src/test/setup.ts, since jsdom cannot lay out a canvas or an SVG).
 */
export function EChart({ option, label, height = 260, onClick }: EChartProps) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        style={{ height }}
        opts={{ renderer: 'svg' }}
        onEvents={onClick ? { click: onClick } : undefined}
      />
    </div>
  );
}
