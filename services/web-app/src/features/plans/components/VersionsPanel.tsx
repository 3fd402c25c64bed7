import { useState } from 'react';
import { Button, Descriptions, Empty, List, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { formatDateTime } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { MessageKey } from '../../../shared/i18n/messages';
import { plansApi, type DiffField, type PlanVersion } from '../api/plansApi';

/** The submitted versions (immutable) and, for one, what changed since the one before. */
export function VersionsPanel({ planId, revision }: { planId: string; revision: number }) {
  const t = useT();
  const { data, error, loading, reload } = useApiData((signal) => plansApi.versions(planId, signal), [planId, revision]);
  const [shown, setShown] = useState<number>();
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (loading && !data) return <Skeleton active />;
  const items = [...(data?.items ?? [])].reverse();
  if (items.length === 0) return <Empty description={t('plan.versions.none')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table<PlanVersion>
        rowKey="version"
        size="small"
        pagination={false}
        dataSource={items}
        columns={[
          { title: t('plan.versionColumn'), dataIndex: 'version' },
          { title: t('plan.submittedAt'), dataIndex: 'submittedAt', render: (v: string) => formatDateTime(v) },
          { title: t('plan.versions.by'), dataIndex: 'submittedBy' },
          { title: t('plan.documentNumber'), dataIndex: 'documentNumber', render: (v?: string) => v ?? '–' },
          { title: t('plan.versions.rows'), key: 'rows', render: (_: unknown, v) => v.rows.length },
          {
            title: '',
            key: 'diff',
            render: (_: unknown, v) => (
              <Button size="small" onClick={() => setShown(shown === v.version ? undefined : v.version)}>
                {t('plan.versions.diff', { n: v.version })}
              </Button>
            ),
          },
        ]}
      />
      {shown !== undefined && <DiffView planId={planId} version={shown} />}
    </Space>
  );
}

function DiffView({ planId, version }: { planId: string; version: number }) {
  const t = useT();
  const { data, error, loading, reload } = useApiData((signal) => plansApi.diff(planId, version, signal), [planId, version]);
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (loading || !data) return <Skeleton active />;
  const field = (f: DiffField, i: number) => (
    <List.Item key={i}>
      <Typography.Text strong>{f.label}: </Typography.Text>
      <Typography.Text delete type="secondary">{f.before ?? '–'}</Typography.Text> →{' '}
      <Typography.Text>{f.after ?? '–'}</Typography.Text>
    </List.Item>
  );
  return (
    <div data-testid="plan-diff">
      <Descriptions
        size="small"
        title={t('plan.diff.title', { version: data.version, against: data.against })}
        column={4}
        items={[
          { key: 'a', label: t('plan.diff.ADDED'), children: data.summary.added },
          { key: 'r', label: t('plan.diff.REMOVED'), children: data.summary.removed },
          { key: 'c', label: t('plan.diff.CHANGED'), children: data.summary.changed },
          { key: 'm', label: t('plan.diff.MOVED'), children: data.summary.moved },
        ]}
      />
      {data.document.length > 0 && (
        <List size="small" header={<strong>{t('plan.tab.document')}</strong>} dataSource={data.document} renderItem={field} />
      )}
      <List
        size="small"
        header={<strong>{t('plan.tab.content')}</strong>}
        dataSource={data.rows}
        locale={{ emptyText: t('plan.diff.noRows') }}
        renderItem={(r) => (
          <List.Item>
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <span>
                <Tag>{t(`plan.diff.${r.change}` as MessageKey)}</Tag>
                {r.moved && <Tag>{t('plan.diff.MOVED')} {r.fromNo} → {r.toNo}</Tag>}
                {r.label}
              </span>
              {r.fields.map((f, i) => (
                <div key={i}>
                  <Typography.Text strong>{f.label}: </Typography.Text>
                  <Typography.Text delete type="secondary">{f.before ?? '–'}</Typography.Text> → {f.after ?? '–'}
                </div>
              ))}
              {r.actions.map((a) => (
                <div key={a.actionId}>
                  <Tag>{t(`plan.diff.${a.change}` as MessageKey)}</Tag>
                  {a.fields.map((f, i) => (
                    <span key={i}>
                      {f.label}: <Typography.Text delete type="secondary">{f.before ?? '–'}</Typography.Text> → {f.after ?? '–'}{' '}
                    </span>
                  ))}
                </div>
              ))}
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}
