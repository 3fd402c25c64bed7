import { Alert, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { formatNumber } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { MessageKey } from '../../../shared/i18n/messages';
import { reviewApi, type DiffField, type PlanVersionItem } from '../api/reviewApi';

const CHANGE_COLOR: Record<string, string> = { ADDED: 'green', REMOVED: 'red', CHANGED: 'blue' };

function Fields({ fields }: { fields: DiffField[] }) {
  const t = useT();
  if (fields.length === 0) return null;
  return (
    <Descriptions size="small" column={1} bordered>
      {fields.map((f) => (
        <Descriptions.Item key={f.field} label={f.label}>
          <Typography.Text delete type="secondary">
            {f.before ?? t('review.diff.empty')}
          </Typography.Text>{' '}
          → <Typography.Text strong>{f.after ?? t('review.diff.empty')}</Typography.Text>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/** What changed in the latest submission against the one before (the returned version). */
export function PlanDiffView({ planId, versions }: { planId: string; versions: PlanVersionItem[] }) {
  const t = useT();
  const latest = versions.length ? Math.max(...versions.map((v) => v.version)) : 0;
  const { data, error, loading, reload } = useApiData(
    (signal) => (latest > 1 ? reviewApi.diff(planId, latest, signal) : Promise.resolve(undefined)),
    [planId, latest],
  );
  if (latest <= 1) return <Empty description={t('review.diff.firstVersion')} />;
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (loading || !data) return <Typography.Text>{t('common.loading')}</Typography.Text>;
  const changed = data.rows.filter((r) => r.change !== 'UNCHANGED' || r.moved);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="plan-diff">
      <Alert
        type="info"
        message={t('review.diff.summary', {
          version: data.version,
          against: data.against,
          added: formatNumber(data.summary.added),
          removed: formatNumber(data.summary.removed),
          changed: formatNumber(data.summary.changed),
          moved: formatNumber(data.summary.moved),
        })}
      />
      {data.document.length > 0 && (
        <>
          <Typography.Title level={4}>{t('review.diff.document')}</Typography.Title>
          <Fields fields={data.document} />
        </>
      )}
      <List
        dataSource={changed}
        locale={{ emptyText: t('review.diff.noRowChanges') }}
        renderItem={(row) => (
          <List.Item key={row.rowId}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{row.label}</Typography.Text>
                <Tag color={CHANGE_COLOR[row.change] ?? 'default'}>
                  {t(`review.diff.change.${row.change}` as MessageKey)}
                </Tag>
                {row.moved && (
                  <Tag>{t('review.diff.moved', { from: row.fromNo ?? '–', to: row.toNo ?? '–' })}</Tag>
                )}
              </Space>
              <Fields fields={row.fields} />
              {row.actions.map((a) => (
                <div key={a.actionId}>
                  <Tag color={CHANGE_COLOR[a.change] ?? 'default'}>
                    {t('review.diff.action')}: {t(`review.diff.change.${a.change}` as MessageKey)}
                  </Tag>
                  <Fields fields={a.fields} />
                </div>
              ))}
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
