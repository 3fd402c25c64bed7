import { useState } from 'react';
import { Button, Card, Col, Empty, Form, List, Row, Select, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useApiData } from '../../../shared/api/useApiData';
import { EChart } from '../../../shared/charts/EChart';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { formatDate, formatMoney, formatNumber, formatPercentOf, formatShare } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { MessageKey } from '../../../shared/i18n/messages';
import { PlanStatusTag } from '../../review/components/PlanStatusTag';
import { REPORT_PLAN_STATUSES, reportsApi, type ReportQuery } from '../api/reportsApi';
import { DownloadButton, type Scope } from './ReportScope';

const STATUS_COLORS: Record<string, string> = {
  NONE: '#bfbfbf',
  DRAFT: '#8c8c8c',
  SUBMITTED: '#1677ff',
  RETURNED: '#fa8c16',
  APPROVED: '#389e0d',
};

/**
 * A school's name in a table: the department opens the school's page (with its supervision
 * reports), a reviewer the school's supervision reports (they have no school page).
 */
function SchoolLink({ id, name, linkSchools }: { id: string; name: string; linkSchools: boolean }) {
  return <Link to={linkSchools ? `/admin/schools/${id}` : `/reports/schools/${id}/supervision`}>{name}</Link>;
}

/** A unit's name in a table: drills down to it; long names wrap inside their cell. */
function UnitLink({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={onClick}>
      {name}
    </Button>
  );
}

/**
 * The tables of a card scroll sideways inside the card when their columns do not fit (a half-width
 * card at 1400 px, a tablet), instead of running over its edge.
 */
const SCROLL_INSIDE = { x: true } as const;

/** Schools at each overall level, the units below (click to drill down) and the schools ranked. */
export function AttainmentCard({ query, scope, linkSchools }: { query: ReportQuery; scope: Scope; linkSchools: boolean }) {
  const t = useT();
  const { data, error, loading, reload } = useApiData((signal) => reportsApi.attainment(query, signal), [query.schoolYear, query.orgUnitId]);
  const levels = ['0', '1', '2', '3', '4'];
  return (
    <Card title={t('reports.attainment')} extra={<DownloadButton report="attainment" query={{ ...query }} />}>
      {error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : loading || !data ? (
        <Skeleton active />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Row gutter={[16, 8]}>
            <Col xs={12} sm={6} xl={12} xxl={6}>
              <Statistic title={t('reports.schools')} value={formatNumber(data.summary.schoolCount)} />
            </Col>
            <Col xs={12} sm={6} xl={12} xxl={6}>
              <Statistic title={t('reports.assessed')} value={formatNumber(data.summary.assessedCount)} />
            </Col>
            <Col xs={12} sm={6} xl={12} xxl={6}>
              <Statistic title={t('reports.notAssessed')} value={formatNumber(data.summary.notAssessedCount)} />
            </Col>
            <Col xs={12} sm={6} xl={12} xxl={6}>
              <Statistic title={t('reports.allLevel2')} value={formatNumber(data.summary.allCriteriaAtLevel2)} />
            </Col>
          </Row>
          <EChart
            label={t('reports.attainment.chart', {
              values: levels.map((l) => `${t('reports.level', { n: l })}: ${formatNumber(data.summary.byOverallLevel[l] ?? 0)}`).join(', '),
            })}
            option={{
              grid: { left: 40, right: 16, top: 16, bottom: 32 },
              tooltip: { trigger: 'axis' },
              xAxis: { type: 'category', data: levels.map((l) => (l === '0' ? t('reports.belowLevel1') : t('reports.level', { n: l }))) },
              yAxis: { type: 'value', minInterval: 1 },
              series: [{ type: 'bar', data: levels.map((l) => data.summary.byOverallLevel[l] ?? 0), itemStyle: { color: '#0b5cad' } }],
            }}
          />
          {data.units.length > 0 && (
            <>
              <Typography.Title level={4}>{t('reports.units')}</Typography.Title>
              <Table
                size="small"
                scroll={SCROLL_INSIDE}
                rowKey="orgUnitId"
                pagination={false}
                data-testid="attainment-units"
                dataSource={data.units}
                columns={[
                  {
                    title: t('reports.unit'),
                    dataIndex: 'name',
                    render: (name: string, u) => <UnitLink name={name} onClick={() => scope.drillTo(u.orgUnitId)} />,
                  },
                  { title: t('reports.schools'), render: (_, u) => formatNumber(u.aggregates.schoolCount) },
                  { title: t('reports.assessed'), render: (_, u) => formatNumber(u.aggregates.assessedCount) },
                  ...['1', '2', '3'].map((l) => ({
                    title: t('reports.level', { n: l }),
                    render: (_: unknown, u: (typeof data.units)[number]) => formatNumber(u.aggregates.byOverallLevel[l] ?? 0),
                  })),
                ]}
              />
            </>
          )}
          <Typography.Title level={4}>{t('reports.schoolsRanked')}</Typography.Title>
          <Table
            size="small"
            scroll={SCROLL_INSIDE}
            rowKey="schoolId"
            data-testid="attainment-schools"
            pagination={{ pageSize: 10, showSizeChanger: false }}
            dataSource={data.items}
            columns={[
              { title: t('reports.rank'), dataIndex: 'rank', render: (r?: number | null) => (r ? formatNumber(r) : '–') },
              { title: t('reports.school'), dataIndex: 'name', render: (name: string, s) => <SchoolLink id={s.schoolId} name={name} linkSchools={linkSchools} /> },
              {
                title: t('reports.result'),
                dataIndex: 'summaryLine',
                render: (_: unknown, s) => (s.assessed ? s.summaryLine : <Tag>{t('reports.notAssessed')}</Tag>),
              },
              {
                title: t('reports.overall'),
                dataIndex: 'overallLevel',
                render: (_: unknown, s) => (s.assessed ? (s.overallLevel ? t('reports.level', { n: s.overallLevel }) : t('reports.belowLevel1')) : '–'),
              },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}

/** Schools by plan status (schools without a plan shown, not hidden) and the late ones. */
export function SubmissionsCard({ query, linkSchools }: { query: ReportQuery; linkSchools: boolean }) {
  const t = useT();
  const { data, error, loading, reload } = useApiData((signal) => reportsApi.submissions(query, signal), [query.schoolYear, query.orgUnitId]);
  const [status, setStatus] = useState<string | undefined>();
  return (
    <Card title={t('reports.submissions')} extra={<DownloadButton report="submissions" query={{ ...query }} />}>
      {error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : loading || !data ? (
        <Skeleton active />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            {t('reports.deadline')}: <strong>{formatDate(data.submissionDeadline)}</strong> · {t('reports.late')}:{' '}
            <strong data-testid="submissions-late">{formatNumber(data.lateCount)}</strong>
          </Typography.Text>
          <EChart
            label={t('reports.submissions.chart', {
              values: REPORT_PLAN_STATUSES.map((s) => `${t(`review.status.${s}` as MessageKey)}: ${formatNumber(data.byStatus[s] ?? 0)}`).join(', '),
            })}
            onClick={(p) => setStatus(REPORT_PLAN_STATUSES[p.dataIndex])}
            option={{
              tooltip: { trigger: 'item' },
              legend: { bottom: 0 },
              series: [
                {
                  type: 'pie',
                  radius: ['40%', '70%'],
                  data: REPORT_PLAN_STATUSES.map((s) => ({
                    name: t(`review.status.${s}` as MessageKey),
                    value: data.byStatus[s] ?? 0,
                    itemStyle: { color: STATUS_COLORS[s] },
                  })),
                },
              ],
            }}
          />
          <Space wrap>
            {REPORT_PLAN_STATUSES.map((s) => (
              <Button key={s} size="small" type={status === s ? 'primary' : 'default'} onClick={() => setStatus(status === s ? undefined : s)}>
                {t(`review.status.${s}` as MessageKey)}: {formatNumber(data.byStatus[s] ?? 0)} ({formatShare(data.byStatus[s] ?? 0, data.schoolCount)})
              </Button>
            ))}
          </Space>
          <Table
            size="small"
            scroll={SCROLL_INSIDE}
            rowKey="schoolId"
            data-testid="submission-schools"
            pagination={{ pageSize: 10, showSizeChanger: false }}
            dataSource={data.items.filter((i) => !status || i.status === status)}
            columns={[
              { title: t('reports.school'), dataIndex: 'name', render: (name: string, s) => <SchoolLink id={s.schoolId} name={name} linkSchools={linkSchools} /> },
              { title: t('review.queue.status'), dataIndex: 'status', render: (s: string) => <PlanStatusTag status={s} /> },
              { title: t('reports.firstSubmitted'), dataIndex: 'firstSubmittedAt', render: (v?: string) => formatDate(v) },
              { title: t('reports.approvedAt'), dataIndex: 'approvedAt', render: (v?: string) => formatDate(v) },
              { title: t('reports.late'), dataIndex: 'late', render: (late: boolean) => (late ? <Tag color="red">{t('reports.late')}</Tag> : '–') },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}

/** Per criterion the share of schools at each level, weakest first; click a criterion for its schools. */
export function HeatmapCard({ query, linkSchools }: { query: ReportQuery; linkSchools: boolean }) {
  const t = useT();
  const frameworks = useApiData((signal) => reportsApi.frameworks(signal), []);
  const [chosen, setChosen] = useState<string | undefined>();
  const framework = chosen ?? frameworks.data?.usual;
  const { data, error, loading, reload } = useApiData(
    (signal) => (framework ? reportsApi.heatmap(query, framework, signal) : new Promise<never>(() => undefined)),
    [query.schoolYear, query.orgUnitId, framework],
  );
  const [code, setCode] = useState<string | undefined>();
  const levels = [0, 1, 2, 3];
  const criteria = data?.criteria ?? [];
  return (
    <Card title={t('reports.heatmap')} extra={<DownloadButton report="criteria" query={{ ...query, framework }} />}>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label={t('reports.framework')} htmlFor="heatmap-framework">
          <Select
            id="heatmap-framework"
            style={{ minWidth: 220 }}
            value={framework}
            onChange={(v) => {
              setChosen(v);
              setCode(undefined);
            }}
            options={(frameworks.data?.all ?? []).map((f) => ({ value: f.id, label: `${f.id} (${f.circular})` }))}
          />
        </Form.Item>
      </Form>
      {frameworks.error || error ? (
        <ErrorAlert error={frameworks.error ?? error} onRetry={frameworks.error ? frameworks.reload : reload} />
      ) : loading || !data ? (
        <Skeleton active />
      ) : criteria.length === 0 ? (
        <Empty description={t('reports.heatmap.none')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            {t('reports.heatmap.hint', { n: formatNumber(data.assessedSchools) })}
          </Typography.Text>
          <div data-testid="heatmap">
            <EChart
              height={Math.max(240, criteria.length * 22 + 80)}
              label={t('reports.heatmap.chart', {
                weakest: criteria
                  .slice(0, 3)
                  .map((c) => `${c.code} (${t('reports.average')} ${formatNumber(c.averageLevel)})`)
                  .join(', '),
              })}
              onClick={(p) => setCode(criteria[Math.floor(p.dataIndex / levels.length)]?.code ?? p.name)}
              option={{
                tooltip: {
                  formatter: (p: { value: [number, number, number] }) =>
                    `${criteria[p.value[1]].code} · ${t('reports.level', { n: p.value[0] })}: ${formatPercentOf(p.value[2])}`,
                },
                grid: { left: 70, right: 16, top: 16, bottom: 70 },
                xAxis: { type: 'category', data: levels.map((l) => t('reports.level', { n: l })) },
                yAxis: { type: 'category', data: criteria.map((c) => c.code), inverse: true },
                visualMap: { min: 0, max: 100, orient: 'horizontal', left: 'center', bottom: 0, calculable: false, inRange: { color: ['#f0f5ff', '#0b5cad'] } },
                series: [
                  {
                    type: 'heatmap',
                    label: { show: true, formatter: (p: { value: [number, number, number] }) => formatPercentOf(p.value[2]) },
                    data: criteria.flatMap((c, y) => levels.map((l) => [l, y, Number(c.levels.find((s) => s.level === l)?.share ?? 0)])),
                  },
                ],
              }}
            />
          </div>
          <Space wrap role="group" aria-label={t('reports.heatmap.criteria')}>
            {criteria.map((c) => (
              <Button key={c.code} size="small" type={code === c.code ? 'primary' : 'default'} onClick={() => setCode(c.code)} data-testid={`criterion-${c.code}`}>
                {c.code}: {formatNumber(c.averageLevel)}
              </Button>
            ))}
          </Space>
          {code && framework && <CriterionSchools query={query} framework={framework} code={code} linkSchools={linkSchools} />}
        </Space>
      )}
    </Card>
  );
}

function CriterionSchools({ query, framework, code, linkSchools }: { query: ReportQuery; framework: string; code: string; linkSchools: boolean }) {
  const t = useT();
  const { data, error, reload } = useApiData(
    (signal) => reportsApi.heatmapSchools(query, framework, code, signal),
    [query.schoolYear, query.orgUnitId, framework, code],
  );
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  return (
    <Card size="small" title={t('reports.heatmap.schoolsOf', { code })} data-testid="criterion-schools">
      <List
        size="small"
        loading={!data}
        dataSource={data?.schools ?? []}
        renderItem={(s) => (
          <List.Item>
            <SchoolLink id={s.schoolId} name={s.name} linkSchools={linkSchools} /> · {t('reports.level', { n: s.criterionLevel })}
          </List.Item>
        )}
      />
    </Card>
  );
}

/** Actions planned, done, percent done, budget planned against spent, by unit and by standard. */
export function ProgressCard({ query, scope }: { query: ReportQuery; scope: Scope }) {
  const t = useT();
  const { data, error, loading, reload } = useApiData((signal) => reportsApi.progress(query, signal), [query.schoolYear, query.orgUnitId]);
  return (
    <Card title={t('reports.progress')} extra={<DownloadButton report="progress" query={{ ...query }} />}>
      {error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : loading || !data ? (
        <Skeleton active />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Row gutter={[16, 8]}>
            <Col xs={8}>
              <Statistic title={t('reports.actions')} value={formatNumber(data.summary.actions)} />
            </Col>
            <Col xs={8}>
              <Statistic title={t('reports.done')} value={formatNumber(data.summary.done)} />
            </Col>
            <Col xs={8}>
              <Statistic title={t('reports.percentDone')} value={formatPercentOf(data.summary.percentDone)} />
            </Col>
            {/* two amounts in đồng: a line of their own, whatever the card's width */}
            <Col xs={24}>
              <Statistic
                title={t('reports.budget')}
                value={`${formatMoney(data.summary.moneySpent)} / ${formatMoney(data.summary.budgetPlanned)}`}
                valueStyle={{ fontSize: 16 }}
                data-testid="progress-budget"
              />
            </Col>
          </Row>
          <EChart
            label={t('reports.progress.chart', {
              planned: formatMoney(data.summary.budgetPlanned),
              spent: formatMoney(data.summary.moneySpent),
            })}
            option={{
              grid: { left: 90, right: 16, top: 30, bottom: 32 },
              legend: { top: 0 },
              tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatMoney(v) },
              xAxis: { type: 'category', data: data.standards.map((s) => (s.standard ? t('reports.standard', { n: s.standard }) : t('reports.level4'))) },
              yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
              series: [
                { name: t('reports.budgetPlanned'), type: 'bar', data: data.standards.map((s) => s.figures.budgetPlanned), itemStyle: { color: '#91caff' } },
                { name: t('reports.moneySpent'), type: 'bar', data: data.standards.map((s) => s.figures.moneySpent), itemStyle: { color: '#0b5cad' } },
              ],
            }}
          />
          {data.units.length > 0 && (
            <Table
              size="small"
              scroll={SCROLL_INSIDE}
              rowKey="orgUnitId"
              pagination={false}
              dataSource={data.units}
              columns={[
                {
                  title: t('reports.unit'),
                  dataIndex: 'name',
                  render: (name: string, u) => <UnitLink name={name} onClick={() => scope.drillTo(u.orgUnitId)} />,
                },
                { title: t('reports.actions'), render: (_, u) => formatNumber(u.figures.actions) },
                { title: t('reports.done'), render: (_, u) => formatNumber(u.figures.done) },
                { title: t('reports.percentDone'), render: (_, u) => formatPercentOf(u.figures.percentDone) },
                { title: t('reports.budgetPlanned'), render: (_, u) => formatMoney(u.figures.budgetPlanned) },
                { title: t('reports.moneySpent'), render: (_, u) => formatMoney(u.figures.moneySpent) },
              ]}
            />
          )}
        </Space>
      )}
    </Card>
  );
}

/** How the schools moved between the previous school year and this one, with the schools behind each bar. */
export function YearOverYearCard({ from, to, orgUnitId, linkSchools = false }: { from: string; to: string; orgUnitId?: string; linkSchools?: boolean }) {
  const t = useT();
  const { data, error, loading, reload } = useApiData((signal) => reportsApi.yearOverYear(from, to, orgUnitId, signal), [from, to, orgUnitId]);
  const [only, setOnly] = useState<string | undefined>();
  const movements = ['UP', 'SAME', 'DOWN', 'ONLY_FROM', 'ONLY_TO', 'NEITHER'];
  const movementLabel = (m: string) => t(`reports.movement.${m}` as MessageKey);
  const schools = (data?.items ?? []).filter((s) => !only || s.movement === only);
  return (
    <Card title={t('reports.yearOverYear', { from, to })} extra={<DownloadButton report="year-over-year" query={{ from, to, orgUnitId }} />}>
      {error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : loading || !data ? (
        <Skeleton active />
      ) : (
        <>
          <EChart
            label={t('reports.yearOverYear.chart', {
              values: movements.map((m) => `${movementLabel(m)}: ${formatNumber(data.summary.byMovement[m] ?? 0)}`).join(', '),
            })}
            option={{
              grid: { left: 150, right: 16, top: 8, bottom: 24 },
              tooltip: { trigger: 'axis' },
              yAxis: { type: 'category', data: movements.map(movementLabel), inverse: true },
              xAxis: { type: 'value', minInterval: 1 },
              series: [{ type: 'bar', data: movements.map((m) => data.summary.byMovement[m] ?? 0), itemStyle: { color: '#0b5cad' } }],
            }}
          />
          <Form.Item label={t('reports.yearOverYear.filter')} htmlFor="yoy-movement" style={{ marginTop: 8, marginBottom: 8 }}>
            <Select
              id="yoy-movement"
              allowClear
              style={{ minWidth: 220 }}
              placeholder={t('reports.yearOverYear.all')}
              value={only}
              onChange={(value) => setOnly(value)}
              options={movements.map((m) => ({ value: m, label: `${movementLabel(m)} (${formatNumber(data.summary.byMovement[m] ?? 0)})` }))}
            />
          </Form.Item>
          <Table
            data-testid="yoy-schools"
            size="small"
            rowKey="schoolId"
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            dataSource={schools}
            columns={[
              { title: t('reports.school'), dataIndex: 'name', render: (name: string, s) => <SchoolLink id={s.schoolId} name={name} linkSchools={linkSchools} /> },
              { title: from, render: (_: unknown, s) => s.from?.summaryLine ?? '—' },
              { title: to, render: (_: unknown, s) => s.to?.summaryLine ?? '—' },
              { title: t('reports.yearOverYear.change'), dataIndex: 'movement', render: (m: string) => <Tag color={m === 'UP' ? 'green' : m === 'DOWN' ? 'red' : 'default'}>{movementLabel(m)}</Tag> },
            ]}
          />
        </>
      )}
    </Card>
  );
}
