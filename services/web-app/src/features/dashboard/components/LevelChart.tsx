import type { Assessment } from '../api/schoolDashboardApi';
import { EChart } from '../../../shared/charts/EChart';
import { formatShare } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';

/** Criteria met of applicable, per level. */
export function LevelChart({ assessment }: { assessment: Assessment }) {
  const t = useT();
  const levels = [1, 2, 3, 4] as const;
  const counts = levels.map((n) => assessment.summary[`level${n}`]);
  const option = {
    grid: { left: 40, right: 16, top: 16, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      formatter: (params: { dataIndex: number }[]) => {
        const i = params[0].dataIndex;
        const c = counts[i];
        return `${t('dashboard.assessment.levelN', { n: i + 1 })}: ${c.met}/${c.total} (${formatShare(c.met, c.total)})`;
      },
    },
    xAxis: { type: 'category', data: levels.map((n) => t('dashboard.assessment.levelN', { n })) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        data: counts.map((c) => c.total),
        itemStyle: { color: '#d9d9d9' },
        barGap: '-100%',
      },
      { type: 'bar', data: counts.map((c) => c.met), itemStyle: { color: '#0b5cad' } },
    ],
  };
  return <EChart option={option} label={assessment.summaryLine} />;
}
