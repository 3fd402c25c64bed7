import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Radio,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useSession } from '../../../shared/auth/AuthProvider';
import { errorMessage } from '../../../shared/api/errorMessage';
import { ApiError } from '../../../shared/api/client';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageTitle } from '../../../shared/components/PageTitle';
import { formatDateTime, formatShare } from '../../../shared/format/format';
import { currentSchoolYear, schoolYearChoices } from '../../../shared/format/schoolYear';
import { useT } from '../../../shared/i18n/I18nProvider';
import {
  assessmentApi,
  latestOfYear,
  schoolWithCatalog,
  standardsOf,
  summarise,
  summaryLine,
  type AssessmentDetail,
  type Catalog,
  type CatalogCriterion,
} from '../api/assessmentApi';
import { ComparisonPanel } from '../components/ComparisonPanel';

/**
 * The self-assessment (tự đánh giá): the level reached per criterion, grouped by standard with the
 * criteria titles, the level-4 requirements met, the summary line updating as the user goes; saved
 * as a draft or finished; earlier assessments with their summary and the comparison.
 */
export function AssessmentPage() {
  const t = useT();
  const { user } = useSession();
  const schoolId = user.orgUnit;
  const [schoolYear, setSchoolYear] = useState(currentSchoolYear());
  const school = useApiData(
    (signal) => (schoolId ? schoolWithCatalog(schoolId, signal) : Promise.reject(new ApiError(403, {}))),
    [schoolId],
  );
  const assessments = useApiData(
    (signal) => (schoolId ? assessmentApi.list(schoolId, signal) : Promise.resolve({ items: [] })),
    [schoolId],
  );

  if (!schoolId) return <Empty description={t('dashboard.noSchool')} />;
  const catalog = school.data?.catalog;
  return (
    <>
      <PageTitle>{t('assessment.title')}</PageTitle>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <label htmlFor="assessment-year">{t('assessment.schoolYear')}</label>
          <Select
            id="assessment-year"
            value={schoolYear}
            onChange={setSchoolYear}
            style={{ width: 140 }}
            options={schoolYearChoices().map((y) => ({ value: y, label: y }))}
          />
          {school.data && <Typography.Text type="secondary">{school.data.school.name}</Typography.Text>}
          {catalog && <Tag>{catalog.circular}</Tag>}
        </Space>
        {school.error ? (
          <ErrorAlert error={school.error} onRetry={school.reload} />
        ) : assessments.error ? (
          <ErrorAlert error={assessments.error} onRetry={assessments.reload} />
        ) : !school.data || !assessments.data ? (
          <Skeleton active />
        ) : !catalog ? (
          <Alert type="warning" showIcon message={t('assessment.noCatalog')} />
        ) : (
          <>
            <AssessmentForm
              key={`${schoolYear}:${startOf(assessments.data.items, schoolYear)?.id ?? 'new'}`}
              schoolId={schoolId}
              schoolYear={schoolYear}
              catalog={catalog}
              start={startOf(assessments.data.items, schoolYear)}
              canEdit={user.roles.includes('principal')}
              onSaved={assessments.reload}
            />
            <History items={assessments.data.items} />
          </>
        )}
      </Space>
    </>
  );
}

function AssessmentForm({
  schoolId,
  schoolYear,
  catalog,
  start,
  canEdit,
  onSaved,
}: {
  schoolId: string;
  schoolYear: string;
  catalog: Catalog;
  start?: AssessmentDetail;
  canEdit: boolean;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const storageKey = `eqip.assessment.${schoolId}.${schoolYear}`;
  const [levels, setLevels] = useState<Record<string, number | undefined>>(() => {
    const draft = readDraft(storageKey);
    if (draft) return draft.levels;
    return Object.fromEntries((start?.criteria ?? []).map((c) => [c.code, c.level]));
  });
  const [level4, setLevel4] = useState<Record<number, boolean | undefined>>(() => {
    const draft = readDraft(storageKey);
    if (draft) return draft.level4;
    return Object.fromEntries((start?.level4 ?? []).map((r) => [r.no, r.met]));
  });
  const [saving, setSaving] = useState<'draft' | 'finish' | null>(null);
  const [failure, setFailure] = useState<unknown>();

  // kept in the browser's session so that a sign-in round trip loses nothing
  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify({ levels, level4 }));
    } catch {
      // private mode: no draft
    }
  }, [storageKey, levels, level4]);

  const summary = useMemo(() => summarise(catalog, levels, level4), [catalog, levels, level4]);
  const line = summaryLine(summary);
  const entered = catalog.criteria.filter((c) => levels[c.code] !== undefined).length;
  const standards = useMemo(() => standardsOf(catalog), [catalog]);
  const locked = !canEdit;

  async function save(finish: boolean) {
    setSaving(finish ? 'finish' : 'draft');
    setFailure(undefined);
    try {
      const saved = await assessmentApi.record({
        schoolId,
        schoolYear,
        kind: 'SELF',
        criteria: catalog.criteria
          .filter((c) => levels[c.code] !== undefined)
          .map((c) => ({ code: c.code, level: levels[c.code]! })),
        level4: catalog.level4Requirements.map((r) => ({ no: r.no, met: !!level4[r.no] })),
        finish,
      });
      sessionStorage.removeItem(storageKey);
      message.success(
        finish
          ? t('assessment.finished', { version: saved.version })
          : t('assessment.savedDraft', { version: saved.version }),
      );
      onSaved();
    } catch (e) {
      setFailure(e);
    } finally {
      setSaving(null);
    }
  }

  return (
    <>
      <Card>
        <Space direction="vertical" style={{ width: '100%' }}>
          {start && start.schoolYear !== schoolYear && (
            <Typography.Text type="secondary">{t('assessment.startedFromYear', { year: start.schoolYear })}</Typography.Text>
          )}
          {start && start.schoolYear === schoolYear && (
            <Typography.Text type="secondary">
              {t('assessment.startedFrom', {
                version: start.version,
                status: t(start.status === 'FINISHED' ? 'assessment.status.FINISHED' : 'assessment.status.DRAFT'),
              })}
            </Typography.Text>
          )}
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="assessment-live-summary" aria-live="polite">
            {line}
          </Typography.Title>
          <Space wrap>
            {([1, 2, 3, 4] as const).map((n) => (
              <Tag key={n}>
                {t('dashboard.assessment.levelN', { n })}: {formatShare(summary[`level${n}`].met, summary[`level${n}`].total)}
              </Tag>
            ))}
            <Tag color={summary.overallLevel > 0 ? 'blue' : undefined}>
              {t('dashboard.assessment.overall')}:{' '}
              {summary.overallLevel > 0
                ? t('dashboard.assessment.levelN', { n: summary.overallLevel })
                : t('dashboard.assessment.notReached')}
            </Tag>
            <Typography.Text type="secondary">
              {t('assessment.entered', { n: entered, total: catalog.criteria.length })}
            </Typography.Text>
          </Space>
          {failure !== undefined && <SaveError error={failure} />}
          {canEdit && (
            <Space wrap>
              <Button onClick={() => save(false)} loading={saving === 'draft'} disabled={saving !== null}>
                {t('assessment.saveDraft')}
              </Button>
              <Button type="primary" onClick={() => save(true)} loading={saving === 'finish'} disabled={saving !== null}>
                {t('assessment.finish')}
              </Button>
            </Space>
          )}
        </Space>
      </Card>
      {standards.map((standard) => (
        <Card
          key={standard.no}
          title={
            <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
              {t('assessment.standard', { no: standard.no, title: standard.title })}
            </Typography.Title>
          }
          data-testid={`standard-${standard.no}`}
          size="small"
        >
          {standard.criteria.map((c) => (
            <CriterionLine
              key={c.code}
              criterion={c}
              level={levels[c.code]}
              disabled={locked}
              onChange={(level) => setLevels((old) => ({ ...old, [c.code]: level }))}
            />
          ))}
        </Card>
      ))}
      {catalog.level4Requirements.length > 0 && (
        <Card
          title={
            <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
              {t('assessment.level4')}
            </Typography.Title>
          }
          size="small"
        >
          <Space direction="vertical">
            {catalog.level4Requirements.map((r) => (
              <Checkbox
                key={r.no}
                checked={!!level4[r.no]}
                disabled={locked}
                onChange={(e) => setLevel4((old) => ({ ...old, [r.no]: e.target.checked }))}
              >
                {t('assessment.level4.no', { no: r.no })}: {r.summary}
              </Checkbox>
            ))}
          </Space>
        </Card>
      )}
    </>
  );
}

function CriterionLine({
  criterion,
  level,
  disabled,
  onChange,
}: {
  criterion: CatalogCriterion;
  level?: number;
  disabled: boolean;
  onChange: (level: number) => void;
}) {
  const t = useT();
  const id = `criterion-${criterion.code.replace(/\W/g, '-')}`;
  const options = [
    { value: 0, label: t('assessment.level.0') },
    { value: 1, label: t('dashboard.assessment.levelN', { n: 1 }) },
    { value: 2, label: t('dashboard.assessment.levelN', { n: 2 }) },
    ...(criterion.hasLevel3 ? [{ value: 3, label: t('dashboard.assessment.levelN', { n: 3 }) }] : []),
  ];
  return (
    <div
      style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <Typography.Text id={id} style={{ flex: '1 1 320px' }}>
        <strong>{t('assessment.criterion', { code: criterion.code })}</strong>. {criterion.title}
        {!criterion.hasLevel3 && (
          <Typography.Text type="secondary"> ({t('assessment.noLevel3')})</Typography.Text>
        )}
      </Typography.Text>
      <div role="radiogroup" aria-labelledby={id} data-testid={`level-${criterion.code}`}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="small"
          disabled={disabled}
          value={level}
          options={options}
          onChange={(e) => onChange(e.target.value as number)}
        />
      </div>
    </div>
  );
}

function SaveError({ error }: { error: unknown }) {
  const t = useT();
  const { title, detail } = errorMessage(error, t);
  const fields =
    error instanceof ApiError && Array.isArray(error.problem.errors)
      ? (error.problem.errors as { field?: string; message?: string }[])
      : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={title}
      description={
        fields.length > 0 ? (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {fields.map((f, i) => (
              <li key={i}>{f.message}</li>
            ))}
          </ul>
        ) : (
          detail
        )
      }
    />
  );
}

function History({ items }: { items: AssessmentDetail[] }) {
  const t = useT();
  const [compared, setCompared] = useState<string>();
  const sorted = [...items].sort(
    (a, b) => b.schoolYear.localeCompare(a.schoolYear) || b.version - a.version,
  );
  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
          {t('assessment.history')}
        </Typography.Title>
      }
      size="small"
    >
      <Table<AssessmentDetail>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={sorted}
        locale={{ emptyText: t('assessment.history.none') }}
        scroll={{ x: true }}
        columns={[
          { title: t('dashboard.assessment.year'), dataIndex: 'schoolYear' },
          { title: t('assessment.version'), dataIndex: 'version' },
          {
            title: t('assessment.statusColumn'),
            dataIndex: 'status',
            render: (s: string) => (
              <Tag color={s === 'FINISHED' ? 'green' : 'default'}>
                {t(s === 'FINISHED' ? 'assessment.status.FINISHED' : 'assessment.status.DRAFT')}
              </Tag>
            ),
          },
          { title: t('assessment.summary'), dataIndex: 'summaryLine' },
          { title: t('assessment.finishedAt'), dataIndex: 'finishedAt', render: (v?: string) => formatDateTime(v) },
          {
            title: '',
            key: 'compare',
            render: (_: unknown, a) => (
              <Button size="small" onClick={() => setCompared(compared === a.id ? undefined : a.id)}>
                {t('assessment.compare')}
              </Button>
            ),
          },
        ]}
      />
      {compared && <ComparisonPanel assessmentId={compared} />}
    </Card>
  );
}

/**
 * Where the form starts: the newest assessment of the year, else the newest finished one of an
 * earlier year (the levels rarely change much from one year to the next).
 */
function startOf(items: AssessmentDetail[], schoolYear: string): AssessmentDetail | undefined {
  return (
    latestOfYear(items, schoolYear) ??
    items
      .filter((a) => a.kind === 'SELF' && a.status === 'FINISHED' && a.schoolYear < schoolYear)
      .sort((a, b) => b.schoolYear.localeCompare(a.schoolYear) || b.version - a.version)[0]
  );
}

interface Draft {
  levels: Record<string, number | undefined>;
  level4: Record<number, boolean | undefined>;
}

function readDraft(key: string): Draft | undefined {
  try {
    const text = sessionStorage.getItem(key);
    return text ? (JSON.parse(text) as Draft) : undefined;
  } catch {
    return undefined;
  }
}
