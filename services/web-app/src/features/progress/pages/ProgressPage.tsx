import { useState } from 'react';
import { Button, Empty, Progress, Segmented, Select, Skeleton, Space, Table, Typography } from 'antd';
import { useSession } from '../../../shared/auth/AuthProvider';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageTitle } from '../../../shared/components/PageTitle';
import { formatDate, formatMoney } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import { filterActions, newestYear, progressApi, type Filter, type TrackedAction } from '../api/progressApi';
import { ActionDrawer } from '../components/ActionDrawer';
import { RowResults } from '../components/RowResults';
import { DueTag, StatusTag } from '../components/Tags';

/**
 * Progress of the approved plan's actions. The principal sees the school's actions (by school
 * year), assigns leads and records year-end results (with each plan row's result under the list,
 * refreshed after every recording); staff see "Công việc của tôi", the actions
 * they lead, and report on those only.
 */
export function ProgressPage() {
  const t = useT();
  const { user } = useSession();
  const principal = user.roles.includes('principal');
  const schoolId = user.orgUnit ?? undefined;
  const { data, error, loading, reload } = useApiData(
    (signal) => progressApi.list(principal ? { schoolId } : { mine: true }, signal),
    [principal, schoolId],
  );
  const [filter, setFilter] = useState<Filter>('all');
  const [year, setYear] = useState<string>();
  const [open, setOpen] = useState<string>();
  const [changes, setChanges] = useState(0);

  // actions an amendment removed are not listed by the service; never show one anyway
  const all = (data?.items ?? []).filter((a) => !a.removedAt);
  const years = [...new Set(all.map((a) => a.schoolYear))].sort().reverse();
  const shownYear = year ?? newestYear(all);
  const inYear = principal ? all.filter((a) => a.schoolYear === shownYear) : all;
  const shown = filterActions(inYear, filter);
  const count = (f: Filter) => filterActions(inYear, f).length;
  const planIds = principal ? [...new Set(inYear.map((a) => a.planId))] : [];

  return (
    <>
      <PageTitle>{principal ? t('progress.title') : t('progress.mine')}</PageTitle>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          {principal && years.length > 0 && (
            <>
              <label htmlFor="progress-year">{t('dashboard.assessment.year')}</label>
              <Select
                id="progress-year"
                value={shownYear}
                onChange={setYear}
                style={{ width: 140 }}
                options={years.map((y) => ({ value: y, label: y }))}
              />
            </>
          )}
          <Segmented<Filter>
            aria-label={t('progress.filter')}
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: `${t('progress.filter.all')} (${count('all')})` },
              { value: 'overdue', label: `${t('progress.due.OVERDUE')} (${count('overdue')})` },
              { value: 'dueSoon', label: `${t('progress.due.DUE_SOON')} (${count('dueSoon')})` },
            ]}
          />
        </Space>
        {error ? (
          <ErrorAlert error={error} onRetry={reload} />
        ) : loading && !data ? (
          <Skeleton active />
        ) : all.length === 0 ? (
          <Empty description={principal ? t('progress.none') : t('progress.mine.none')} />
        ) : (
          <Table<TrackedAction>
            rowKey="id"
            size="small"
            dataSource={shown}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 900 }}
            onRow={(a) => ({ 'data-testid': `action-${a.id}` }) as React.HTMLAttributes<HTMLElement>}
            locale={{ emptyText: t('progress.filter.empty') }}
            columns={[
              { title: t('progress.criterion'), dataIndex: 'criterionCode', width: 90, render: (v?: string) => v ?? '–' },
              {
                title: t('progress.action'),
                key: 'description',
                render: (_: unknown, a) => (
                  <Space direction="vertical" size={0}>
                    <span>{a.description}</span>
                    <Typography.Text type="secondary">
                      {t('progress.lead')}: {a.lead ?? '–'}
                      {a.leadUserId ? ` (${a.leadUserId})` : ''}
                    </Typography.Text>
                  </Space>
                ),
              },
              { title: t('progress.end'), dataIndex: 'timelineEnd', width: 110, render: (v?: string) => formatDate(v) },
              {
                title: t('progress.status'),
                key: 'status',
                width: 170,
                render: (_: unknown, a) => (
                  <Space direction="vertical" size={2}>
                    <span>
                      <StatusTag status={a.status} /> <DueTag due={a.dueState} />
                    </span>
                    <Progress percent={a.percentDone} size="small" aria-label={t('progress.percent')} />
                  </Space>
                ),
              },
              { title: t('progress.spent'), dataIndex: 'moneySpent', width: 130, align: 'right', render: (v: number) => formatMoney(v) },
              {
                title: '',
                key: 'open',
                width: 110,
                render: (_: unknown, a) => (
                  <Button size="small" onClick={() => setOpen(a.id)} aria-label={t('progress.openAction', { name: a.description })}>
                    {t('progress.details')}
                  </Button>
                ),
              },
            ]}
          />
        )}
        {!error && planIds.map((planId) => <RowResults key={planId} planId={planId} refresh={changes} />)}
      </Space>
      {open && (
        <ActionDrawer
          actionId={open}
          principal={principal}
          onClose={() => setOpen(undefined)}
          onChanged={() => {
            reload();
            setChanges((n) => n + 1);
          }}
        />
      )}
    </>
  );
}

