import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Skeleton,
  Space,
  Tabs,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../shared/api/errorMessage';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageTitle } from '../../../shared/components/PageTitle';
import { formatDate, formatNumber } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import {
  findingsByRow,
  groupRows,
  isConflict,
  REVIEW_SECTIONS,
  returnScope,
  reviewApi,
  type Plan,
  type ReviewDraft,
  type ReviewSection,
  type SavedReview,
  type Verdict,
} from '../api/reviewApi';
import { AuditTrail } from '../components/AuditTrail';
import { DecisionTurn, useDecisionTurn } from '../components/DecisionTurn';
import { PlanDiffView } from '../components/PlanDiffView';
import { PlanStatusTag } from '../components/PlanStatusTag';
import { ReviewRowCard, type RowReview } from '../components/ReviewRowCard';
import { WorkflowStatus } from '../../plans/components/WorkflowStatus';

type Sections = Partial<Record<ReviewSection, { verdict?: Verdict; comment?: string }>>;

/** The review of one submitted plan: read, comment, mark sections, approve or return. */
export function ReviewPage() {
  const t = useT();
  const { planId = '' } = useParams();
  const { message } = App.useApp();
  const [refresh, setRefresh] = useState(0);
  const planData = useApiData((signal) => reviewApi.plan(planId, signal), [planId, refresh]);
  const lint = useApiData((signal) => reviewApi.lint(planId, signal), [planId, refresh]);
  const saved = useApiData((signal) => reviewApi.review(planId, signal), [planId]);
  const versions = useApiData((signal) => reviewApi.versions(planId, signal), [planId, refresh]);

  const [comment, setComment] = useState('');
  const [rows, setRows] = useState<Record<string, RowReview>>({});
  const [sections, setSections] = useState<Sections>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [returning, setReturning] = useState(false);
  const [approving, setApproving] = useState(false);
  const [reason, setReason] = useState('');

  // the reviewer's saved draft fills the form once
  useEffect(() => {
    const draft: SavedReview | undefined = saved.data;
    if (!draft || draft.status !== 'DRAFT') return;
    setComment(draft.comment ?? '');
    setRows(Object.fromEntries(draft.rows.map((r) => [r.rowId, { verdict: r.verdict ?? undefined, comment: r.comment ?? '' }])));
    setSections(Object.fromEntries(draft.sections.map((s) => [s.section, { verdict: s.verdict, comment: s.comment ?? '' }])));
  }, [saved.data]);

  const plan = planData.data;
  const school = useApiData(
    (signal) => (plan ? reviewApi.school(plan.schoolId, signal) : Promise.resolve(undefined)),
    [plan?.schoolId],
  );
  const findings = useMemo(() => findingsByRow(lint.data), [lint.data]);
  const groups = useMemo(() => groupRows(plan?.rows ?? []), [plan]);
  const readOnly = plan?.status !== 'SUBMITTED';
  // with an approval chain of several levels, only the level awaited approves or returns
  const { notMyTurn } = useDecisionTurn(plan);

  const draft = (): ReviewDraft => ({
    comment: comment.trim() || undefined,
    sections: REVIEW_SECTIONS.flatMap((s) => {
      const v = sections[s];
      return v?.verdict ? [{ section: s, verdict: v.verdict, comment: v.comment?.trim() || undefined }] : [];
    }),
    rows: Object.entries(rows)
      .filter(([, r]) => r.verdict || r.comment?.trim())
      .map(([rowId, r]) => ({ rowId, verdict: r.verdict, comment: r.comment?.trim() || undefined })),
  });

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setFailure(undefined);
    try {
      await action();
      message.success(done);
      return true;
    } catch (e) {
      setFailure(e);
      return false;
    } finally {
      setBusy(false);
    }
  }

  const saveDraft = () => run(() => reviewApi.saveReview(planId, draft()), t('review.saved'));

  const approve = async (current: Plan) => {
    if (await run(() => reviewApi.approve(planId, current.revision), t('review.approved'))) {
      setRefresh((n) => n + 1);
    }
    setApproving(false);
  };

  const openReturn = () => {
    setReason(comment);
    setReturning(true);
  };

  const sendReturn = async (current: Plan) => {
    const text = reason.trim();
    if (!text) return;
    const rowComments = Object.entries(rows)
      .filter(([, r]) => r.comment?.trim())
      .map(([rowId, r]) => ({ rowId, comment: r.comment!.trim() }));
    // only the rows marked "cần chỉnh sửa" go back; the others are accepted and stay closed
    const returnedRows = returnScope(current.rows, rows).returned;
    const ok = await run(async () => {
      await reviewApi.saveReview(planId, { ...draft(), comment: text });
      await reviewApi.returnForChanges(planId, current.revision, { comment: text, rowComments, returnedRows });
    }, t('review.returned'));
    if (ok) {
      setReturning(false);
      setRefresh((n) => n + 1);
    }
  };

  if (planData.error && !plan) {
    return (
      <>
        <PageTitle>{t('review.title')}</PageTitle>
        <ErrorAlert error={planData.error} onRetry={planData.reload} />
      </>
    );
  }
  if (!plan) return <Skeleton active />;

  const schoolName = school.data?.name ?? plan.document.schoolName ?? plan.schoolId;
  const rowCommentCount = Object.values(rows).filter((r) => r.comment?.trim()).length;
  const scope = returnScope(plan.rows, rows);
  const failureText = failure ? errorMessage(failure, t) : undefined;

  return (
    <>
      <PageTitle>{t('review.titleOf', { school: schoolName })}</PageTitle>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Link to="/review">← {t('review.backToQueue')}</Link>
        <Card>
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={t('review.queue.school')}>
              <span data-testid="review-school">{schoolName}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('review.queue.schoolYear')}>{plan.schoolYear}</Descriptions.Item>
            <Descriptions.Item label={t('review.queue.status')}>
              <span data-testid="review-status">
                <WorkflowStatus item={{ status: plan.status, ...plan.workflow }} plain={<PlanStatusTag status={plan.status} />} />
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('review.documentNumber')}>{plan.documentNumber ?? '–'}</Descriptions.Item>
            <Descriptions.Item label={t('review.author')}>{plan.author}</Descriptions.Item>
            <Descriptions.Item label={t('review.issuedOn')}>{formatDate(plan.document.issuedOn)}</Descriptions.Item>
            {plan.baseline && (
              <Descriptions.Item label={t('review.baseline')}>
                {plan.baseline.schoolYear}: {plan.baseline.summaryLine}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('review.lintCount')}>
              <span data-testid="lint-count">
                {t('review.lintSummary', {
                  errors: formatNumber(lint.data?.errors.length ?? 0),
                  warnings: formatNumber(lint.data?.warnings.length ?? 0),
                })}
              </span>
            </Descriptions.Item>
          </Descriptions>
          {readOnly && <Alert type="info" showIcon message={t('review.notSubmitted')} style={{ marginTop: 8 }} />}
          <DecisionTurn plan={plan} notMyTurn={notMyTurn} />
        </Card>

        {lint.error ? <ErrorAlert error={lint.error} onRetry={lint.reload} /> : null}
        {failureText && (
          <Alert
            type="error"
            role="alert"
            showIcon
            message={isConflict(failure) ? t('review.conflict') : failureText.title}
            description={isConflict(failure) ? failureText.detail : failureText.detail}
            action={
              isConflict(failure) ? (
                <Button size="small" onClick={() => setRefresh((n) => n + 1)}>
                  {t('review.reload')}
                </Button>
              ) : undefined
            }
          />
        )}

        <Tabs
          items={[
            {
              key: 'plan',
              label: t('review.tab.plan'),
              children: (
                <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                  {(findings.get('') ?? []).map(({ severity, item }, i) => (
                    <Alert key={i} type={severity} showIcon message={item.message} />
                  ))}
                  <Card title={t('review.sections')} size="small">
                    {REVIEW_SECTIONS.map((s) => (
                      <Form key={s} layout="vertical">
                        <Form.Item label={t(`review.section.${s}`)} style={{ marginBottom: 4 }}>
                          <div role="radiogroup" aria-label={t(`review.section.${s}`)}>
                            <Radio.Group
                              name={`section-verdict-${s}`}
                              disabled={readOnly}
                              value={sections[s]?.verdict}
                              onChange={(e) => setSections({ ...sections, [s]: { ...sections[s], verdict: e.target.value as Verdict } })}
                            >
                              <Radio value="DAT">{t('review.verdict.DAT')}</Radio>
                              <Radio value="CAN_CHINH_SUA">{t('review.verdict.CAN_CHINH_SUA')}</Radio>
                            </Radio.Group>
                          </div>
                        </Form.Item>
                        {sections[s]?.verdict === 'CAN_CHINH_SUA' && (
                          <Form.Item label={t('review.sectionComment')} htmlFor={`section-${s}`} style={{ marginBottom: 12 }}>
                            <Input.TextArea
                              id={`section-${s}`}
                              disabled={readOnly}
                              autoSize={{ minRows: 1, maxRows: 4 }}
                              value={sections[s]?.comment}
                              onChange={(e) => setSections({ ...sections, [s]: { ...sections[s], comment: e.target.value } })}
                            />
                          </Form.Item>
                        )}
                      </Form>
                    ))}
                  </Card>
                  {groups.map((g) => (
                    <section key={g.key} aria-label={groupTitle(g.tier, g.standard, t)}>
                      <Typography.Title level={3} style={{ fontSize: 18 }}>
                        {groupTitle(g.tier, g.standard, t)}
                      </Typography.Title>
                      {g.rows.map((row) => (
                        <ReviewRowCard
                          key={row.id}
                          row={row}
                          findings={findings.get(row.id) ?? []}
                          value={rows[row.id] ?? {}}
                          readOnly={readOnly}
                          onChange={(next) => setRows((all) => ({ ...all, [row.id]: next }))}
                        />
                      ))}
                    </section>
                  ))}
                  <Card size="small">
                    <Form layout="vertical">
                      <Form.Item label={t('review.generalComment')} htmlFor="review-general-comment">
                        <Input.TextArea
                          id="review-general-comment"
                          disabled={readOnly}
                          autoSize={{ minRows: 3, maxRows: 10 }}
                          maxLength={4000}
                          value={comment}
                          onChange={(e) => setComment(e.target.value)}
                        />
                      </Form.Item>
                    </Form>
                    {saved.data?.status === 'DRAFT' && (
                      <Typography.Paragraph type="secondary">
                        {t('review.draftFrom', { at: formatDate(saved.data.updatedAt) })}
                      </Typography.Paragraph>
                    )}
                    <Space wrap>
                      <Button disabled={readOnly || busy} onClick={saveDraft}>
                        {t('review.saveDraft')}
                      </Button>
                      <Button type="primary" disabled={readOnly || busy || notMyTurn} onClick={() => setApproving(true)}>
                        {t('review.approve')}
                      </Button>
                      <Button danger disabled={readOnly || busy || notMyTurn} onClick={openReturn}>
                        {t('review.return')}
                      </Button>
                    </Space>
                  </Card>
                </Space>
              ),
            },
            {
              key: 'diff',
              label: t('review.tab.diff'),
              children: versions.error ? (
                <ErrorAlert error={versions.error} onRetry={versions.reload} />
              ) : (
                <PlanDiffView planId={planId} versions={versions.data?.items ?? []} />
              ),
            },
            { key: 'audit', label: t('review.tab.audit'), children: <AuditTrail planId={planId} refresh={refresh} /> },
          ]}
        />
      </Space>
      <Modal
        open={approving}
        title={t('review.approve.confirm')}
        okText={t('review.approve')}
        cancelText={t('dept.common.cancel')}
        okButtonProps={{ disabled: busy }}
        onOk={() => approve(plan)}
        onCancel={() => setApproving(false)}
      />
      <Modal
        open={returning}
        title={t('review.return.title')}
        okText={t('review.return')}
        cancelText={t('dept.common.cancel')}
        okButtonProps={{ danger: true, disabled: !reason.trim() || busy }}
        onOk={() => sendReturn(plan)}
        onCancel={() => setReturning(false)}
      >
        <Form layout="vertical">
          <Form.Item
            label={t('review.return.reason')}
            htmlFor="return-reason"
            required
            validateStatus={reason.trim() ? undefined : 'error'}
            help={reason.trim() ? undefined : t('review.return.reasonRequired')}
          >
            <Input.TextArea
              id="return-reason"
              autoSize={{ minRows: 3, maxRows: 10 }}
              maxLength={4000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form.Item>
        </Form>
        <Typography.Paragraph>{t('review.return.rowComments', { n: formatNumber(rowCommentCount) })}</Typography.Paragraph>
        <Alert
          type={scope.returned.length ? 'info' : 'warning'}
          showIcon
          data-testid="return-scope"
          message={
            scope.returned.length
              ? t('review.return.scope', {
                  returned: formatNumber(scope.returned.length),
                  accepted: formatNumber(scope.accepted.length),
                })
              : t('review.return.scopeAll', { n: formatNumber(plan.rows.length) })
          }
          description={
            scope.unmarkedAccepted > 0
              ? t('review.return.scopeUnmarked', { n: formatNumber(scope.unmarkedAccepted) })
              : undefined
          }
        />
      </Modal>
    </>
  );
}

function groupTitle(tier: string, standard: string | null, t: ReturnType<typeof useT>) {
  if (tier === 'LEVEL_4') return t('review.group.level4');
  return standard ? t('review.group.standard', { n: standard }) : t('review.group.levels123');
}
