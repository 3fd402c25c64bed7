import { Alert, Descriptions, Skeleton, Space, Tag } from 'antd';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { useT } from '../../../shared/i18n/I18nProvider';
import { assessmentApi } from '../api/assessmentApi';

/** Which criteria rose or fell since the previous finished assessment. */
export function ComparisonPanel({ assessmentId }: { assessmentId: string }) {
  const t = useT();
  const { data, error, loading, reload } = useApiData(
    (signal) => assessmentApi.comparison(assessmentId, signal),
    [assessmentId],
  );
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (loading || !data) return <Skeleton active />;
  if (!data.previous) return <Alert style={{ marginTop: 12 }} type="info" showIcon message={t('assessment.comparison.none')} />;
  const change = (c: { code: string; from: number; to: number }) => (
    <Tag key={c.code}>
      {t('assessment.criterion', { code: c.code })}: {c.from} → {c.to}
    </Tag>
  );
  return (
    <Descriptions
      data-testid="assessment-comparison"
      style={{ marginTop: 12 }}
      bordered
      size="small"
      column={1}
      title={t('assessment.comparison.title', { year: data.schoolYear, previous: data.previous.schoolYear })}
    >
      <Descriptions.Item label={data.schoolYear}>{data.summaryLine}</Descriptions.Item>
      <Descriptions.Item label={`${data.previous.schoolYear} (${t('assessment.version')} ${data.previous.version})`}>
        {data.previous.summaryLine}
      </Descriptions.Item>
      <Descriptions.Item label={t('assessment.comparison.rose', { n: data.rose.length })}>
        <Space wrap>{data.rose.map(change)}</Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('assessment.comparison.fell', { n: data.fell.length })}>
        <Space wrap>{data.fell.map(change)}</Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('assessment.comparison.unchanged')}>{data.unchanged}</Descriptions.Item>
    </Descriptions>
  );
}
