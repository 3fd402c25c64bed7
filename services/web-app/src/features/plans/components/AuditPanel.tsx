import { Skeleton, Table } from 'antd';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { formatDateTime } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import { plansApi, type AuditEntry } from '../api/plansApi';
import { PlanStatusTag } from './StatusTag';

/** Every transition of the plan: who, when, from, to, comment. */
export function AuditPanel({ planId, revision }: { planId: string; revision: number }) {
  const t = useT();
  const { data, error, loading, reload } = useApiData((signal) => plansApi.audit(planId, signal), [planId, revision]);
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (loading && !data) return <Skeleton active />;
  return (
    <Table<AuditEntry>
      rowKey={(e) => `${e.at}-${e.to}`}
      size="small"
      pagination={false}
      dataSource={data?.items ?? []}
      scroll={{ x: true }}
      columns={[
        { title: t('plan.audit.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v) },
        { title: t('plan.audit.actor'), dataIndex: 'actor' },
        { title: t('plan.audit.from'), dataIndex: 'from', render: (v?: string) => (v ? <PlanStatusTag status={v} /> : '–') },
        { title: t('plan.audit.to'), dataIndex: 'to', render: (v: string) => <PlanStatusTag status={v} /> },
        { title: t('plan.audit.comment'), dataIndex: 'comment', render: (v?: string) => v ?? '' },
      ]}
    />
  );
}
