import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Form, InputNumber, Radio, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../../shared/auth/AuthProvider';
import { errorMessage } from '../../../shared/api/errorMessage';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageTitle } from '../../../shared/components/PageTitle';
import { formatDate, formatDateTime } from '../../../shared/format/format';
import { currentSchoolYear } from '../../../shared/format/schoolYear';
import { useT } from '../../../shared/i18n/I18nProvider';
import { plansApi, type PlanListItem, type StartFrom } from '../api/plansApi';
import { PlanStatusTag } from '../components/StatusTag';
import { WorkflowStatus } from '../components/WorkflowStatus';

/**
 * The school's improvement plans, newest year first, with the current year's plan to open, or
 * (principal) to start: empty, from last year's plan or from the self-assessment.
 */
export function PlanPage() {
  const t = useT();
  const { user } = useSession();
  const schoolId = user.orgUnit;
  const year = currentSchoolYear();
  const { data, error, loading, reload } = useApiData(
    (signal) => plansApi.list({ schoolId: schoolId ?? undefined }, signal),
    [schoolId],
  );
  if (!schoolId) return <Empty description={t('dashboard.noSchool')} />;
  const items = [...(data?.items ?? [])].sort((a, b) => b.schoolYear.localeCompare(a.schoolYear));
  const current = items.find((p) => p.schoolYear === year);
  return (
    <>
      <PageTitle>{t('plan.title')}</PageTitle>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {error ? (
          <ErrorAlert error={error} onRetry={reload} />
        ) : loading && !data ? (
          <Skeleton active />
        ) : (
          <>
            <Card
              title={
                <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
                  {t('plan.currentYear', { year })}
                </Typography.Title>
              }
            >
              {current ? (
                <Space wrap data-testid="current-plan">
                  <WorkflowStatus item={current} plain={<PlanStatusTag status={current.status} />} />
                  {current.documentNumber && <Typography.Text>{current.documentNumber}</Typography.Text>}
                  <Link to={`/school/plan/${current.id}`}>
                    <Button type="primary">{t('plan.open')}</Button>
                  </Link>
                </Space>
              ) : user.roles.includes('principal') ? (
                <StartPlan schoolId={schoolId} schoolYear={year} />
              ) : (
                <Empty description={t('plan.none', { year })} />
              )}
            </Card>
            <Card
              title={
                <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
                  {t('plan.all')}
                </Typography.Title>
              }
            >
              <Table<PlanListItem>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={items}
                scroll={{ x: true }}
                locale={{ emptyText: t('plan.noneAtAll') }}
                columns={[
                  { title: t('dashboard.assessment.year'), dataIndex: 'schoolYear' },
                  {
                    title: t('plan.statusColumn'),
                    dataIndex: 'status',
                    render: (_: string, p) => <WorkflowStatus item={p} plain={<PlanStatusTag status={p.status} />} />,
                  },
                  { title: t('plan.documentNumber'), dataIndex: 'documentNumber', render: (v?: string) => v ?? '–' },
                  { title: t('plan.versionColumn'), dataIndex: 'version' },
                  { title: t('plan.submittedAt'), dataIndex: 'submittedAt', render: (v?: string) => formatDateTime(v) },
                  {
                    title: t('plan.deadline'),
                    dataIndex: 'submissionDeadline',
                    render: (v: string | undefined, p) => (
                      <Space size={4} wrap>
                        {formatDate(v)}
                        {p.lateSubmission && <Tag color="red">{t('workflow.lateSubmission')}</Tag>}
                      </Space>
                    ),
                  },
                  {
                    title: '',
                    key: 'open',
                    render: (_: unknown, p) => (
                      <Link to={`/school/plan/${p.id}`} aria-label={t('plan.openYear', { year: p.schoolYear })}>
                        {t('plan.open')}
                      </Link>
                    ),
                  },
                ]}
              />
            </Card>
          </>
        )}
      </Space>
    </>
  );
}

function StartPlan({ schoolId, schoolYear }: { schoolId: string; schoolYear: string }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [from, setFrom] = useState<StartFrom>('LAST_YEAR');
  const [targetLevel, setTargetLevel] = useState<number>(3);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  async function start() {
    setBusy(true);
    setFailure(undefined);
    try {
      const plan = await plansApi.create({
        schoolId,
        schoolYear,
        startFrom: from,
        targetLevel: from === 'ASSESSMENT' ? targetLevel : undefined,
      });
      message.success(t('plan.started'));
      navigate(`/school/plan/${plan.id}`);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  const failed = failure !== undefined ? errorMessage(failure, t) : undefined;
  return (
    <Form layout="vertical" onFinish={start}>
      <Typography.Paragraph>{t('plan.none', { year: schoolYear })}</Typography.Paragraph>
      <Form.Item label={t('plan.startFrom')}>
        <Radio.Group value={from} onChange={(e) => setFrom(e.target.value as StartFrom)}>
          <Space direction="vertical">
            <Radio value="LAST_YEAR">{t('plan.startFrom.LAST_YEAR')}</Radio>
            <Radio value="ASSESSMENT">{t('plan.startFrom.ASSESSMENT')}</Radio>
            <Radio value="EMPTY">{t('plan.startFrom.EMPTY')}</Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      {from === 'ASSESSMENT' && (
        <Form.Item label={t('plan.targetLevel')} htmlFor="plan-target-level">
          <InputNumber id="plan-target-level" min={1} max={4} value={targetLevel} onChange={(v) => setTargetLevel(v ?? 3)} />
        </Form.Item>
      )}
      {failed && <Alert style={{ marginBottom: 12 }} type="error" showIcon role="alert" message={failed.title} description={failed.detail} />}
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('plan.start', { year: schoolYear })}
      </Button>
    </Form>
  );
}
