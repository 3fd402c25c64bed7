import { Button, Card, Col, Descriptions, Empty, List, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../../shared/auth/AuthProvider';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageTitle } from '../../../shared/components/PageTitle';
import { formatDate, formatMoney, formatNumber, formatShare } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import {
  countActions,
  latestAssessment,
  schoolDashboardApi,
  type Action,
} from '../api/schoolDashboardApi';
import { LevelChart } from '../components/LevelChart';
import { currentSchoolYear } from '../../../shared/format/schoolYear';
import { plansApi } from '../../plans/api/plansApi';
import { PlanStatusTag } from '../../plans/components/StatusTag';
import { WorkflowStatus } from '../../plans/components/WorkflowStatus';

/**
 * The principal's and staff's start page: their school (the org unit of their token), the latest
 * self-assessment and the improvement actions with what is overdue or due soon.
 */
export function SchoolDashboardPage() {
  const t = useT();
  const schoolId = useSession().user.orgUnit;
  if (!schoolId) {
    return <Empty description={t('dashboard.noSchool')} />;
  }
  return (
    <>
      <PageTitle>{t('dashboard.title')}</PageTitle>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <SchoolCard schoolId={schoolId} />
        <PlanCard schoolId={schoolId} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <AssessmentCard schoolId={schoolId} />
          </Col>
          <Col xs={24} xl={12}>
            <ActionsCard schoolId={schoolId} />
          </Col>
        </Row>
      </Space>
    </>
  );
}

function SchoolCard({ schoolId }: { schoolId: string }) {
  const t = useT();
  const { data: school, error, loading, reload } = useApiData(
    (signal) => schoolDashboardApi.school(schoolId, signal),
    [schoolId],
  );
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  return (
    <Card loading={loading && !school}>
      {school && (
        <>
          <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="school-name">
            {school.name}
          </Typography.Title>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            <Descriptions.Item label={t('dashboard.level')}>{school.levelLabel}</Descriptions.Item>
            <Descriptions.Item label={t('dashboard.type')}>{school.typeLabel}</Descriptions.Item>
            {school.principalName && (
              <Descriptions.Item label={t('dashboard.principal')}>
                {school.principalName}
              </Descriptions.Item>
            )}
          </Descriptions>
        </>
      )}
    </Card>
  );
}

function AssessmentCard({ schoolId }: { schoolId: string }) {
  const t = useT();
  const { data, error, loading, reload } = useApiData(
    (signal) => schoolDashboardApi.assessments(schoolId, signal),
    [schoolId],
  );
  const latest = data && latestAssessment(data.items);
  return (
    <Card title={t('dashboard.assessment')} extra={<Link to="/school/assessment">{t('dashboard.link.assessment')}</Link>}>
      {error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : loading && !data ? (
        <Skeleton active />
      ) : !latest ? (
        <Empty description={t('dashboard.assessment.none')} />
      ) : (
        <>
          <Row gutter={16}>
            <Col span={12}>
              <Statistic title={t('dashboard.assessment.year')} value={latest.schoolYear} />
            </Col>
            <Col span={12}>
              <Statistic
                title={t('dashboard.assessment.overall')}
                value={
                  latest.overallLevel > 0
                    ? t('dashboard.assessment.levelN', { n: latest.overallLevel })
                    : t('dashboard.assessment.notReached')
                }
              />
            </Col>
          </Row>
          <Typography.Paragraph style={{ marginTop: 12 }} data-testid="assessment-summary">
            {latest.summaryLine}
          </Typography.Paragraph>
          <Space wrap>
            {([1, 2, 3, 4] as const).map((n) => {
              const c = latest.summary[`level${n}`];
              return (
                <Tag key={n}>
                  {t('dashboard.assessment.levelN', { n })}: {formatShare(c.met, c.total)}
                </Tag>
              );
            })}
          </Space>
          <LevelChart assessment={latest} />
        </>
      )}
    </Card>
  );
}

function ActionsCard({ schoolId }: { schoolId: string }) {
  const t = useT();
  const { data, error, loading, reload } = useApiData(
    (signal) => schoolDashboardApi.actions(schoolId, signal),
    [schoolId],
  );
  const counts = data && countActions(data.items);
  const attention = (data?.items ?? []).filter(
    (a) => a.dueState === 'OVERDUE' || a.dueState === 'DUE_SOON',
  );
  return (
    <Card title={t('dashboard.actions')} extra={<Link to="/school/progress">{t('dashboard.link.progress')}</Link>}>
      {error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : loading || !counts ? (
        <Skeleton active />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Statistic title={t('dashboard.actions.total')} value={formatNumber(counts.total)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('dashboard.actions.overdue')}
                value={formatNumber(counts.overdue)}
                valueStyle={counts.overdue > 0 ? { color: '#a8071a' } : undefined}
                data-testid="actions-overdue"
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('dashboard.actions.dueSoon')}
                value={formatNumber(counts.dueSoon)}
                valueStyle={counts.dueSoon > 0 ? { color: '#ad4e00' } : undefined}
                data-testid="actions-due-soon"
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('dashboard.actions.done')} value={formatNumber(counts.done)} />
            </Col>
          </Row>
          <Typography.Paragraph style={{ marginTop: 12 }}>
            {t('dashboard.actions.spent')}: <strong>{formatMoney(counts.moneySpent)}</strong>
          </Typography.Paragraph>
          <Typography.Title level={5}>{t('dashboard.actions.upcoming')}</Typography.Title>
          <List<Action>
            size="small"
            dataSource={attention.slice(0, 8)}
            locale={{ emptyText: t('dashboard.actions.none') }}
            renderItem={(a) => (
              <List.Item>
                <Space direction="vertical" size={0}>
                  <span>
                    {a.dueState === 'OVERDUE' ? (
                      <Tag color="red">{t('dashboard.actions.overdue')}</Tag>
                    ) : (
                      <Tag color="orange">{t('dashboard.actions.dueSoon')}</Tag>
                    )}
                    {a.criterionCode && <Tag>{a.criterionCode}</Tag>}
                    {a.description}
                  </span>
                  <Typography.Text type="secondary">
                    {t('dashboard.actions.end')}: {formatDate(a.timelineEnd)} · {a.percentDone}%
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}

/** The current school year's plan: its status and a way in. */
function PlanCard({ schoolId }: { schoolId: string }) {
  const t = useT();
  const year = currentSchoolYear();
  const { data, error, reload } = useApiData(
    (signal) => plansApi.list({ schoolId, schoolYear: year }, signal),
    [schoolId, year],
  );
  const plan = data?.items[0];
  return (
    <Card size="small" title={t('plan.currentYear', { year })}>
      {error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Space wrap data-testid="dashboard-plan">
          {plan ? (
            <>
              <WorkflowStatus item={plan} plain={<PlanStatusTag status={plan.status} />} />
              {plan.documentNumber && <Typography.Text>{plan.documentNumber}</Typography.Text>}
              {plan.submissionDeadline && (
                <Typography.Text type="secondary">
                  {t('plan.deadline')}: {formatDate(plan.submissionDeadline)}
                </Typography.Text>
              )}
              {plan.lateSubmission && <Tag color="red">{t('workflow.lateSubmission')}</Tag>}
              <Link to={`/school/plan/${plan.id}`}>
                <Button type="primary" size="small">{t('dashboard.link.plan')}</Button>
              </Link>
            </>
          ) : (
            <>
              <Typography.Text>{t('plan.none', { year })}</Typography.Text>
              <Link to="/school/plan">{t('dashboard.link.plan')}</Link>
            </>
          )}
        </Space>
      )}
    </Card>
  );
}
