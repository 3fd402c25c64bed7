import { useMemo, useState } from 'react';
import { Card, Form, Segmented, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageTitle } from '../../../shared/components/PageTitle';
import { formatDate, formatDateTime, formatNumber } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import { PLAN_STATUSES, reviewApi, type PlanListItem } from '../api/reviewApi';
import { PlanStatusTag } from '../components/PlanStatusTag';
import { WorkflowStatus } from '../../plans/components/WorkflowStatus';

const PAGE_SIZE = 50;

type View = 'all' | 'mine';

/**
 * The reviewer's queue: the plans in their scope (the service limits it to their org subtree),
 * submitted ones first, filtered by status, org unit and lateness. "Chờ tôi quyết định": the
 * submitted plans whose awaited approval level is the reviewer's (`?decidableByMe=true`, filtered
 * and paged by the service, ADR 0018).
 */
export function ReviewQueuePage() {
  const t = useT();
  const [status, setStatus] = useState<string>('SUBMITTED');
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>();
  const [lateOnly, setLateOnly] = useState(false);
  const [page, setPage] = useState(0);
  const [view, setView] = useState<View>('all');
  const mine = view === 'mine';

  const filter = useMemo(
    () =>
      mine
        ? { decidableByMe: true, orgUnitId, late: lateOnly ? true : undefined, page, size: PAGE_SIZE }
        : { status, orgUnitId, late: lateOnly ? true : undefined, page, size: PAGE_SIZE },
    [mine, status, orgUnitId, lateOnly, page],
  );
  const { data, error, loading, reload } = useApiData((signal) => reviewApi.list(filter, signal), [filter]);
  const items = data?.items ?? [];
  const units = useApiData((signal) => reviewApi.orgUnits(signal), []);
  const unitOptions = (units.data?.items ?? [])
    .filter((u) => u.kind !== 'SCHOOL')
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((u) => ({ value: u.id, label: u.name }));

  const columns: ColumnsType<PlanListItem> = [
    {
      title: t('review.queue.school'),
      dataIndex: 'schoolName',
      render: (_, p) => <Link to={`/review/${p.id}`}>{p.schoolName ?? p.schoolId}</Link>,
    },
    { title: t('review.queue.schoolYear'), dataIndex: 'schoolYear' },
    {
      title: t('review.queue.status'),
      dataIndex: 'status',
      render: (_, p) => (
        <Space size={4} wrap>
          <WorkflowStatus item={p} plain={<PlanStatusTag status={p.status} />} />
          {/* with one unnamed level every submitted plan is anyone's: no tag */}
          {p.decidableByMe && !mine && (p.approvalLevels?.length ?? 0) > 0 && (
            <Tag color="gold">{t('workflow.status.myTurn')}</Tag>
          )}
        </Space>
      ),
    },
    { title: t('review.queue.version'), dataIndex: 'version', render: (v: number) => formatNumber(v) },
    { title: t('review.queue.submittedAt'), dataIndex: 'submittedAt', render: (v?: string) => formatDateTime(v) },
    { title: t('review.queue.deadline'), dataIndex: 'submissionDeadline', render: (v?: string) => formatDate(v) },
    {
      title: t('review.queue.late'),
      dataIndex: 'late',
      render: (_, p) => (
        <Space size={4} wrap>
          {p.lateSubmission && <Tag color="red">{t('review.queue.lateSubmission')}</Tag>}
          {p.reviewOverdue && (
            <Tag color="volcano">
              {t('review.queue.reviewOverdue')} ({formatDate(p.reviewDueAt)})
            </Tag>
          )}
          {!p.late && <Typography.Text type="secondary">–</Typography.Text>}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle>{t('review.queue.title')}</PageTitle>
      <Card>
        <Segmented<View>
          style={{ marginBottom: 16 }}
          aria-label={t('workflow.queue.view')}
          value={view}
          onChange={(v) => {
            setView(v);
            setPage(0);
          }}
          options={[
            { value: 'all', label: t('workflow.queue.all') },
            { value: 'mine', label: t('workflow.queue.mine') },
          ]}
        />
        <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item label={t('review.queue.status')} htmlFor="queue-status">
            <Select
              id="queue-status"
              style={{ minWidth: 180 }}
              disabled={mine}
              value={mine ? 'SUBMITTED' : status}
              onChange={(v) => {
                setStatus(v);
                setPage(0);
              }}
              options={[
                { value: '', label: t('review.queue.allStatuses') },
                ...PLAN_STATUSES.map((s) => ({ value: s, label: t(`review.status.${s}`) })),
              ]}
            />
          </Form.Item>
          <Form.Item label={t('review.queue.orgUnit')} htmlFor="queue-org-unit">
            <Select
              id="queue-org-unit"
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ minWidth: 240 }}
              placeholder={t('review.queue.allOrgUnits')}
              value={orgUnitId}
              onChange={(v) => {
                setOrgUnitId(v);
                setPage(0);
              }}
              options={unitOptions}
            />
          </Form.Item>
          <Form.Item label={t('review.queue.lateOnly')} htmlFor="queue-late">
            <Switch
              id="queue-late"
              checked={lateOnly}
              onChange={(v) => {
                setLateOnly(v);
                setPage(0);
              }}
            />
          </Form.Item>
        </Form>
        {error ? (
          <ErrorAlert error={error} onRetry={reload} />
        ) : (
          <Table<PlanListItem>
            rowKey="id"
            size="middle"
            data-testid="review-queue"
            loading={loading}
            columns={columns}
            dataSource={items}
            scroll={{ x: true }}
            locale={{ emptyText: mine ? t('workflow.queue.mineEmpty') : t('review.queue.empty') }}
            pagination={{
              current: page + 1,
              pageSize: PAGE_SIZE,
              total: data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('review.queue.total', { n: formatNumber(total) }),
              onChange: (p) => setPage(p - 1),
            }}
          />
        )}
      </Card>
    </>
  );
}
