import { useEffect, useRef } from 'react';
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
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

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

export interface EChartProps {
  option: EChartsCoreOption;
  /** what the chart shows, in words (screen readers; also what component tests look for) */
  label: string;
  height?: number;
  onClick?: (params: { name: string; dataIndex: number; seriesName?: string }) => void;
}

/**
 * Every chart of the app goes through this wrapper (component tests replace it, see
 * src/test/setup.ts, since jsdom cannot lay out a canvas or an SVG). ECharts is used directly
 * (ES modules, no CommonJS React wrapper): one instance per mounted chart, resized with its box,
 * disposed when the chart leaves the page.
 */
export function EChart({ option, label, height = 260, onClick }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => click.current?.(params as Parameters<NonNullable<EChartProps['onClick']>>[0]));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div role="img" aria-label={label}>
      <div ref={box} style={{ height, width: '100%' }} />
    </div>
  );
}
