import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Form, Input, Row, Select, Skeleton, Space, Typography } from 'antd';
import { ApiError } from '../../../shared/api/client';
import { errorMessage } from '../../../shared/api/errorMessage';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { formatDate, formatMoney, formatNumber } from '../../../shared/format/format';
import { currentSchoolYear, schoolYearChoices } from '../../../shared/format/schoolYear';
import { useT, type Translate } from '../../../shared/i18n/I18nProvider';
import { supervisionApi, supervisionPeriods, type FileSupervisionReport, type SupervisionReport } from '../api/supervisionApi';

/** "HK1" → "Học kỳ I", "2026-10" → "Tháng 10/2026"; anything else as it is. */
export function periodLabel(period: string, t: Translate): string {
  if (period === 'HK1') return t('supervision.period.HK1');
  if (period === 'HK2') return t('supervision.period.HK2');
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  return month ? t('supervision.period.month', { month: month[2], year: month[1] }) : period;
}

/**
 * A school's supervision reports of one school year (chosen above the list) and, for the school's
 * principal and staff (`canFile`), the form that files the report of a new period.
 */
export function SupervisionReports({ schoolId, canFile }: { schoolId: string; canFile: boolean }) {
  const t = useT();
  const [schoolYear, setSchoolYear] = useState(currentSchoolYear());
  const { data, error, loading, reload } = useApiData(
    (signal) => supervisionApi.list(schoolId, schoolYear, signal),
    [schoolId, schoolYear],
  );
  const reports = data?.items ?? [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <label htmlFor="supervision-year">{t('supervision.schoolYear')}</label>
        <Select
          id="supervision-year"
          value={schoolYear}
          onChange={setSchoolYear}
          style={{ width: 140 }}
          options={schoolYearChoices().map((y) => ({ value: y, label: y }))}
        />
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={canFile ? 14 : 24}>
          <Typography.Title level={3} style={{ fontSize: 18 }}>
            {t('supervision.list')}
          </Typography.Title>
          {error ? (
            <ErrorAlert error={error} onRetry={reload} />
          ) : loading && !data ? (
            <Skeleton active />
          ) : reports.length === 0 ? (
            <Empty description={t('supervision.none', { year: schoolYear })} />
          ) : (
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              {[...reports].reverse().map((r) => (
                <ReportCard key={r.id} report={r} />
              ))}
            </Space>
          )}
        </Col>
        {canFile && (
          <Col xs={24} xl={10}>
            <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('supervision.new')}</h3>}>
              <FileReportForm
                schoolId={schoolId}
                schoolYear={schoolYear}
                filed={reports.map((r) => r.period)}
                onFiled={reload}
              />
            </Card>
          </Col>
        )}
      </Row>
    </Space>
  );
}

/** One filed report: the period, who filed it and when, the figures of that day, the texts. */
function ReportCard({ report: r }: { report: SupervisionReport }) {
  const t = useT();
  const s = r.summary;
  const period = periodLabel(r.period, t);
  return (
    <Card
      size="small"
      data-testid={`supervision-${r.period}`}
      title={<h4 style={{ margin: 0, fontSize: 15 }}>{period}</h4>}
      extra={<Typography.Text type="secondary">{t('supervision.filed', { by: r.filedBy, date: formatDate(r.filedAt) })}</Typography.Text>}
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} aria-label={t('supervision.summary')}>
        <Descriptions.Item label={t('supervision.actionsTotal')}>{formatNumber(s.actionsTotal)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.done')}>{formatNumber(s.byStatus.DONE ?? 0)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.inProgress')}>{formatNumber(s.byStatus.IN_PROGRESS ?? 0)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.overdue')}>{formatNumber(s.byDueState.OVERDUE ?? 0)}</Descriptions.Item>
        <Descriptions.Item label={t('supervision.moneySpent')}>{formatMoney(s.moneySpent)}</Descriptions.Item>
      </Descriptions>
      <Typography.Text strong>{t('supervision.findings')}</Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.findings}</Typography.Paragraph>
      <Typography.Text strong>{t('supervision.recommendations')}</Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
        {r.recommendations || <Typography.Text type="secondary">{t('supervision.noRecommendations')}</Typography.Text>}
      </Typography.Paragraph>
    </Card>
  );
}

type Draft = { period?: string; findings?: string; recommendations?: string };
const FIELDS = ['period', 'findings', 'recommendations'] as const;

/** What was typed survives a sign-in round trip (sessionStorage), per school and year. */
function draftKey(schoolId: string, schoolYear: string) {
  return `eqip.supervision.draft.${schoolId}.${schoolYear}`;
}

function readDraft(key: string): Draft {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? '{}') as Draft;
  } catch {
    return {};
  }
}

/**
 * Files the report of a period: the service's 422 field errors go under their fields, a 409 (the
 * period was filed meanwhile) says so with the service's detail.
 */
function FileReportForm({
  schoolId,
  schoolYear,
  filed,
  onFiled,
}: {
  schoolId: string;
  schoolYear: string;
  filed: string[];
  onFiled: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Draft>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ title: string; detail?: string }>();
  const key = draftKey(schoolId, schoolYear);

  async function submit(v: Draft) {
    setBusy(true);
    setFailure(undefined);
    const body: FileSupervisionReport = {
      schoolYear,
      period: v.period!,
      findings: (v.findings ?? '').trim(),
      recommendations: v.recommendations?.trim() || null,
    };
    try {
      const report = await supervisionApi.file(schoolId, body);
      sessionStorage.removeItem(key);
      form.setFieldsValue({ period: undefined, findings: '', recommendations: '' });
      message.success(t('supervision.fileDone', { period: periodLabel(report.period, t) }));
      onFiled();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setFailure({ title: t('supervision.exists', { period: periodLabel(body.period, t) }), detail: e.problem.detail });
        onFiled();
        return;
      }
      const errors =
        e instanceof ApiError && Array.isArray(e.problem.errors)
          ? (e.problem.errors as { field?: string; message?: string }[])
          : [];
      const onFields = errors.filter((f) => (FIELDS as readonly string[]).includes(f.field ?? ''));
      form.setFields(
        FIELDS.map((name) => ({ name, errors: onFields.filter((f) => f.field === name).map((f) => f.message ?? '') })),
      );
      const elsewhere = errors.filter((f) => !onFields.includes(f));
      if (onFields.length === 0 || elsewhere.length > 0) {
        const { title, detail } = errorMessage(e, t);
        setFailure({ title, detail: elsewhere.length > 0 ? elsewhere.map((f) => f.message).join(' ') : detail });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form<Draft>
      key={key}
      form={form}
      name="supervision"
      layout="vertical"
      initialValues={readDraft(key)}
      onValuesChange={(_, all) => sessionStorage.setItem(key, JSON.stringify(all))}
      onFinish={submit}
    >
      {failure && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} message={failure.title} description={failure.detail} />
      )}
      <Form.Item name="period" label={t('supervision.period')} rules={[{ required: true, message: t('supervision.period.required') }]}>
        <Select
          style={{ maxWidth: 260 }}
          options={supervisionPeriods(schoolYear).map((p) => ({
            value: p,
            label: filed.includes(p) ? t('supervision.period.filed', { period: periodLabel(p, t) }) : periodLabel(p, t),
            disabled: filed.includes(p),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="findings"
        label={t('supervision.findings')}
        rules={[{ required: true, whitespace: true, message: t('supervision.findings.required') }]}
      >
        <Input.TextArea rows={5} maxLength={10000} />
      </Form.Item>
      <Form.Item name="recommendations" label={t('supervision.recommendations')} extra={t('supervision.draftKept')}>
        <Input.TextArea rows={3} maxLength={10000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('supervision.file')}
      </Button>
    </Form>
  );
}
