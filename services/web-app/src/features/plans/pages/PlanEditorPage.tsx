import { useState } from 'react';
import { Alert, App, Button, Card, Input, List, Modal, Skeleton, Space, Tabs, Typography } from 'antd';
import { DownloadOutlined, ReloadOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useSession } from '../../../shared/auth/AuthProvider';
import { ApiError } from '../../../shared/api/client';
import { errorMessage } from '../../../shared/api/errorMessage';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageTitle } from '../../../shared/components/PageTitle';
import { formatDateTime } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import { schoolWithCatalog } from '../../assessment/api/assessmentApi';
import { isEditable, latestReturnComment, plansApi, type Plan } from '../api/plansApi';
import { AmendButton, AmendmentBanner } from '../components/Amendment';
import { ApprovalSteps } from '../components/ApprovalSteps';
import { AuditPanel } from '../components/AuditPanel';
import { DeadlineTags } from '../components/DeadlineTags';
import { DocumentForm } from '../components/DocumentForm';
import { RowsTable } from '../components/RowsTable';
import { PlanStatusTag } from '../components/StatusTag';
import { VersionsPanel } from '../components/VersionsPanel';
import { WorkflowStatus } from '../components/WorkflowStatus';

/**
 * One plan: its status and the actions of its workflow (submit, withdraw, download as Word), the
 * reviewer's comments, the content table with the linter's findings on their rows, the document's
 * sections, the submitted versions with their differences, and the audit trail. Every change is
 * sent with If-Match (the revision shown); a 409 says someone else changed the plan.
 */
export function PlanEditorPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { user } = useSession();
  const { message } = App.useApp();
  const plan = useApiData((signal) => plansApi.get(id, signal), [id]);
  const lint = useApiData((signal) => plansApi.lint(id, signal), [id]);
  const school = useApiData(
    (signal) => (plan.data ? schoolWithCatalog(plan.data.schoolId, signal) : Promise.resolve(undefined)),
    [plan.data?.schoolId],
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [withdrawing, setWithdrawing] = useState(false);
  const [withdrawComment, setWithdrawComment] = useState('');

  if (plan.error) return <ErrorAlert error={plan.error} onRetry={plan.reload} />;
  if (!plan.data) return <Skeleton active />;
  const p: Plan = plan.data;
  const principal = user.roles.includes('principal');
  const canEdit = principal && isEditable(p.status);
  const returned = latestReturnComment(p.history);
  // the reviewer's comments matter while the school works on the returned plan
  const showComments = isEditable(p.status);

  function reloadAll() {
    plan.reload();
    lint.reload();
  }

  /** Runs a change; on success reloads the plan and its findings, on failure shows why. */
  async function run(action: () => Promise<unknown>, done?: string): Promise<boolean> {
    setBusy(true);
    setFailure(undefined);
    try {
      await action();
      if (done) message.success(done);
      reloadAll();
      return true;
    } catch (e) {
      setFailure(e);
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function download() {
    setFailure(undefined);
    try {
      const name = school.data?.school.name ? ` - ${school.data.school.name}` : '';
      await plansApi.downloadWord(p.id, `Kế hoạch cải tiến chất lượng ${p.schoolYear}${name}.docx`);
    } catch (e) {
      setFailure(e);
    }
  }

  return (
    <>
      <PageTitle>{t('plan.editor.title', { year: p.schoolYear })}</PageTitle>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space wrap>
              <WorkflowStatus
                item={{ status: p.status, ...p.workflow }}
                plain={<PlanStatusTag status={p.status} testId="plan-status" />}
                testId="plan-status"
              />
              {p.documentNumber && <Typography.Text strong>{p.documentNumber}</Typography.Text>}
              <Typography.Text type="secondary">
                {t('plan.revision', { n: p.revision })} · {t('plan.author', { name: p.author })}
              </Typography.Text>
              <Link to="/school/plan">{t('plan.backToList')}</Link>
            </Space>
            <DeadlineTags deadlines={p.deadlines} status={p.status} />
            <ApprovalSteps item={{ status: p.status, ...p.workflow }} />
            {p.baseline && (
              <Typography.Text>
                {t('plan.baseline', { year: p.baseline.schoolYear })}: {p.baseline.summaryLine}
              </Typography.Text>
            )}
            <Space wrap>
              <Button icon={<DownloadOutlined />} onClick={download}>
                {t('plan.downloadWord')}
              </Button>
              {canEdit && (
                <Button
                  type="primary"
                  icon={<SendOutlined />}
                  loading={busy}
                  onClick={() => run(() => plansApi.submit(p.id, p.revision), t('plan.submitted'))}
                >
                  {t('plan.submit')}
                </Button>
              )}
              {principal && p.status === 'SUBMITTED' && (
                <Button icon={<RollbackOutlined />} onClick={() => setWithdrawing(true)}>
                  {t('plan.withdraw')}
                </Button>
              )}
              {principal && p.status === 'APPROVED' && <AmendButton plan={p} busy={busy} run={run} />}
              <Button icon={<ReloadOutlined />} onClick={reloadAll}>
                {t('plan.reload')}
              </Button>
            </Space>
            {failure !== undefined && <ChangeError error={failure} onReload={() => { setFailure(undefined); reloadAll(); }} />}
          </Space>
        </Card>

        <AmendmentBanner plan={p} principal={principal} busy={busy} run={run} />

        {showComments && returned && (
          <Alert
            type="warning"
            showIcon
            role="note"
            data-testid="reviewer-comment"
            message={t('plan.reviewerComment', { name: returned.actor, at: formatDateTime(returned.at) })}
            description={
              <>
                <Typography.Paragraph style={{ marginBottom: 4 }}>{returned.comment}</Typography.Paragraph>
                {p.rows.some((r) => r.comments?.length) && (
                  <Typography.Text type="secondary">{t('plan.reviewerRowComments')}</Typography.Text>
                )}
              </>
            }
          />
        )}

        <Tabs
          defaultActiveKey="content"
          items={[
            {
              key: 'content',
              label: t('plan.tab.content'),
              children: (
                <RowsTable
                  plan={p}
                  lint={lint.data}
                  lintError={lint.error}
                  catalog={school.data?.catalog}
                  canEdit={canEdit}
                  showComments={showComments}
                  busy={busy}
                  run={run}
                />
              ),
            },
            {
              key: 'document',
              label: t('plan.tab.document'),
              children: <DocumentForm plan={p} canEdit={canEdit} busy={busy} run={run} />,
            },
            {
              key: 'versions',
              label: t('plan.tab.versions'),
              children: <VersionsPanel planId={p.id} revision={p.revision} />,
            },
            {
              key: 'audit',
              label: t('plan.tab.audit'),
              children: <AuditPanel planId={p.id} revision={p.revision} />,
            },
          ]}
        />
      </Space>
      <Modal
        open={withdrawing}
        title={t('plan.withdraw')}
        okText={t('plan.withdraw')}
        cancelText={t('school.cancel')}
        onCancel={() => setWithdrawing(false)}
        onOk={async () => {
          if (await run(() => plansApi.withdraw(p.id, p.revision, withdrawComment), t('plan.withdrawn'))) {
            setWithdrawing(false);
          }
        }}
      >
        <Typography.Paragraph>{t('plan.withdraw.explain')}</Typography.Paragraph>
        <label htmlFor="withdraw-comment">{t('plan.withdraw.comment')}</label>
        <Input.TextArea id="withdraw-comment" rows={3} value={withdrawComment} onChange={(e) => setWithdrawComment(e.target.value)} />
      </Modal>
    </>
  );
}

/** A failed change: 409 concurrent-change in plain words with a reload, else the problem. */
function ChangeError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const t = useT();
  if (error instanceof ApiError && error.status === 409 && String(error.problem.type ?? '').includes('concurrent-change')) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        message={t('plan.stale')}
        description={t('plan.stale.detail')}
        action={<Button onClick={onReload}>{t('plan.reload')}</Button>}
      />
    );
  }
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
        <>
          {detail && <div>{detail}</div>}
          {fields.length > 0 && (
            <List size="small" dataSource={fields} renderItem={(f) => <List.Item>{f.message}</List.Item>} />
          )}
        </>
      }
    />
  );
}

