import { useRef, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError } from '../../../shared/api/client';
import { errorMessage } from '../../../shared/api/errorMessage';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { MessageKey } from '../../../shared/i18n/messages';
import { isActionRemoved, progressApi, type ActionResult, type ActionStatus, type ProgressRequest, type TrackedAction } from '../api/progressApi';
import { DueTag, StatusTag } from './Tags';

const STATUSES: ActionStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'PAUSED'];
const RESULTS: ActionResult[] = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'];

/**
 * One action: report progress, its notes, its evidence; the principal also assigns the lead and
 * records the result. An action an amendment removed from the plan (`removedAt`) is read-only; a
 * write refused with 409 action-removed shows the service's detail and refreshes the list.
 */
export function ActionDrawer({
  actionId,
  principal,
  onClose,
  onChanged,
}: {
  actionId: string;
  principal: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = useT();
  const detail = useApiData((signal) => progressApi.detail(actionId, signal), [actionId]);
  const evidence = useApiData((signal) => progressApi.evidence(actionId, signal), [actionId]);
  const a = detail.data?.action;

  function changed() {
    detail.reload();
    onChanged();
  }

  return (
    <Drawer open width={720} onClose={onClose} title={a?.description ?? t('common.loading')} destroyOnHidden>
      {detail.error ? (
        <ErrorAlert error={detail.error} onRetry={detail.reload} />
      ) : !a || !detail.data ? (
        <Skeleton active />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="action-drawer">
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
            <Descriptions.Item label={t('progress.criterion')}>{a.criterionCode ?? '–'}</Descriptions.Item>
            <Descriptions.Item label={t('progress.lead')}>{a.lead ?? '–'}{a.leadUserId ? ` (${a.leadUserId})` : ''}</Descriptions.Item>
            <Descriptions.Item label={t('progress.timeline')}>{a.timeline ?? '–'}</Descriptions.Item>
            <Descriptions.Item label={t('progress.end')}>{formatDate(a.timelineEnd)}</Descriptions.Item>
            <Descriptions.Item label={t('progress.budget')}>{a.budget ?? '–'}</Descriptions.Item>
            <Descriptions.Item label={t('progress.spent')}>{formatMoney(a.moneySpent)}</Descriptions.Item>
            <Descriptions.Item label={t('progress.status')}>
              <StatusTag status={a.status} /> <DueTag due={a.dueState} /> {a.percentDone}%
            </Descriptions.Item>
            <Descriptions.Item label={t('progress.result')}>
              {a.result ? t(`progress.result.${a.result}` as MessageKey) : '–'}
              {a.resultExplanation ? ` – ${a.resultExplanation}` : ''}
            </Descriptions.Item>
          </Descriptions>

          {a.removedAt ? (
            <Alert type="warning" showIcon data-testid="action-removed" message={t('progress.removed', { date: formatDate(a.removedAt) })} />
          ) : (
            <Section title={t('progress.report')}>
              <ProgressForm action={a} onDone={changed} onRemoved={onChanged} />
            </Section>
          )}

          <Section title={t('progress.notes')}>
            <List
              size="small"
              data-testid="progress-notes"
              dataSource={[...detail.data.notes].reverse()}
              locale={{ emptyText: t('progress.notes.none') }}
              renderItem={(n) => (
                <List.Item>
                  <Space direction="vertical" size={0}>
                    <span>
                      <Typography.Text strong>{formatDateTime(n.createdAt)}</Typography.Text> · {n.author} ·{' '}
                      <StatusTag status={n.status} /> {n.percentDone}%
                      {n.moneySpent != null ? ` · ${formatMoney(n.moneySpent)}` : ''}
                    </span>
                    {n.note && <span>{n.note}</span>}
                  </Space>
                </List.Item>
              )}
            />
          </Section>

          <Section title={t('progress.evidence')}>
            {evidence.error ? (
              <ErrorAlert error={evidence.error} onRetry={evidence.reload} />
            ) : (
              <EvidenceList
                actionId={a.id}
                items={evidence.data?.items}
                onUploaded={evidence.reload}
                onRemoved={onChanged}
                readOnly={!!a.removedAt}
              />
            )}
          </Section>

          {principal && !a.removedAt && (
            <>
              <Section title={t('progress.assignLead')}>
                <LeadForm action={a} onDone={changed} onRemoved={onChanged} />
              </Section>
              <Section title={t('progress.yearEnd')}>
                <ResultForm action={a} onDone={changed} onRemoved={onChanged} />
              </Section>
            </>
          )}
        </Space>
      )}
    </Drawer>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title}>
      <Divider orientation="left" style={{ marginTop: 0 }}>
        <Typography.Title level={3} style={{ margin: 0, fontSize: 15 }}>
          {title}
        </Typography.Title>
      </Divider>
      {children}
    </section>
  );
}

/**
 * A save in a form: busy while it runs, the service's problem if it fails. `onRemoved` runs when
 * the action turns out to be removed by an amendment (409 action-removed), the problem staying shown.
 */
function useSave(onRemoved?: () => void) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  async function save(action: () => Promise<unknown>, done: string): Promise<boolean> {
    setBusy(true);
    setFailure(undefined);
    try {
      await action();
      message.success(done);
      return true;
    } catch (e) {
      setFailure(e);
      if (isActionRemoved(e)) onRemoved?.();
      return false;
    } finally {
      setBusy(false);
    }
  }
  const alert = failure !== undefined ? <Problem error={failure} /> : null;
  return { busy, save, alert, t };
}

function Problem({ error }: { error: unknown }) {
  const t = useT();
  let { title, detail } = errorMessage(error, t);
  if (error instanceof ApiError && !error.problem.title) {
    if (error.status === 413) title = t('progress.evidence.tooBig');
    if (error.status === 415) title = t('progress.evidence.wrongType');
  }
  const fields =
    error instanceof ApiError && Array.isArray(error.problem.errors)
      ? (error.problem.errors as { field?: string; message?: string }[])
      : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
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

interface FormProps {
  action: TrackedAction;
  onDone: () => void;
  onRemoved: () => void;
}

function ProgressForm({ action, onDone, onRemoved }: FormProps) {
  const { busy, save, alert, t } = useSave(onRemoved);
  const [form] = Form.useForm<ProgressRequest>();
  return (
    <Form<ProgressRequest>
      form={form}
      name="progress"
      layout="vertical"
      initialValues={{ status: action.status, percentDone: action.percentDone, moneySpent: action.moneySpent, note: '' }}
      onFinish={async (v) => {
        const ok = await save(
          () => progressApi.report(action.id, { ...v, note: v.note?.trim() || null, moneySpent: v.moneySpent ?? null }),
          t('progress.reported'),
        );
        if (ok) {
          form.setFieldValue('note', '');
          onDone();
        }
      }}
    >
      {alert}
      <Space wrap align="start">
        <Form.Item name="status" label={t('progress.status')} rules={[{ required: true }]}>
          <Select style={{ width: 180 }} options={STATUSES.map((s) => ({ value: s, label: t(`progress.status.${s}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="percentDone" label={t('progress.percent')} rules={[{ required: true, message: t('progress.percent.required') }]}>
          <InputNumber min={0} max={100} suffix="%" style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="moneySpent" label={t('progress.spentTotal')}>
          <InputNumber<number>
            min={0}
            step={1000}
            style={{ width: 200 }}
            suffix="đ"
            formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : formatNumber(Number(v)))}
            parser={(v) => Number((v ?? '').replace(/\./g, '').replace(/,/g, '.')) || 0}
          />
        </Form.Item>
      </Space>
      <Form.Item name="note" label={t('progress.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('progress.report.save')}
      </Button>
    </Form>
  );
}

function EvidenceList({
  actionId,
  items,
  onUploaded,
  onRemoved,
  readOnly,
}: {
  actionId: string;
  onRemoved: () => void;
  readOnly: boolean;
  items?: { id: string; originalName: string; size: number; uploadedBy: string; uploadedAt: string; href: string; contentType: string; actionId: string }[];
  onUploaded: () => void;
}) {
  const { busy, save, alert, t } = useSave(onRemoved);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const [downloadFailure, setDownloadFailure] = useState<unknown>();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {items === undefined ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <List
          size="small"
          data-testid="evidence-list"
          dataSource={items}
          locale={{ emptyText: t('progress.evidence.none') }}
          renderItem={(e) => (
            <List.Item
              actions={[
                <Button
                  key="download"
                  size="small"
                  icon={<DownloadOutlined />}
                  aria-label={t('progress.evidence.download', { name: e.originalName })}
                  onClick={() => progressApi.download(e).catch(setDownloadFailure)}
                />,
              ]}
            >
              <Space direction="vertical" size={0}>
                <span>{e.originalName}</span>
                <Typography.Text type="secondary">
                  {formatNumber(Math.ceil(e.size / 1024))} KB · {e.uploadedBy} · {formatDateTime(e.uploadedAt)}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
      {downloadFailure !== undefined && <Problem error={downloadFailure} />}
      {alert}
      {!readOnly && (
        <>
          <Space wrap>
            <label htmlFor={`evidence-file-${actionId}`}>{t('progress.evidence.choose')}</label>
            <input
              id={`evidence-file-${actionId}`}
              ref={input}
              type="file"
              data-testid="evidence-file"
              accept=".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx"
              onChange={(e) => setFile(e.target.files?.[0])}
            />
            <Button
              icon={<UploadOutlined />}
              disabled={!file}
              loading={busy}
              onClick={async () => {
                if (!file) return;
                const ok = await save(() => progressApi.upload(actionId, file), t('progress.evidence.uploaded'));
                if (ok) {
                  setFile(undefined);
                  if (input.current) input.current.value = '';
                  onUploaded();
                }
              }}
            >
              {t('progress.evidence.upload')}
            </Button>
          </Space>
          <Typography.Text type="secondary">{t('progress.evidence.hint')}</Typography.Text>
        </>
      )}
    </Space>
  );
}

function LeadForm({ action, onDone, onRemoved }: FormProps) {
  const { busy, save, alert, t } = useSave(onRemoved);
  return (
    <Form<{ username?: string; email?: string }>
      name="lead"
      layout="vertical"
      initialValues={{ username: action.leadUserId ?? '', email: '' }}
      onFinish={async (v) => {
        if (await save(() => progressApi.assignLead(action.id, { username: v.username?.trim() || null, email: v.email?.trim() || null }), t('progress.lead.saved'))) onDone();
      }}
    >
      {alert}
      <Space wrap align="start">
        <Form.Item name="username" label={t('progress.lead.username')} extra={t('progress.lead.username.hint')}>
          <Input style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="email" label={t('progress.lead.email')} rules={[{ type: 'email', message: t('progress.lead.email.invalid') }]}>
          <Input style={{ width: 240 }} />
        </Form.Item>
      </Space>
      <Button htmlType="submit" loading={busy}>
        {t('progress.lead.save')}
      </Button>
    </Form>
  );
}

function ResultForm({ action, onDone, onRemoved }: FormProps) {
  const { busy, save, alert, t } = useSave(onRemoved);
  return (
    <Form<{ result?: ActionResult; explanation?: string }>
      name="result"
      layout="vertical"
      initialValues={{ result: action.result ?? undefined, explanation: action.resultExplanation ?? '' }}
      onFinish={async (v) => {
        if (await save(() => progressApi.recordResult(action.id, { result: v.result!, explanation: v.explanation?.trim() || null }), t('progress.result.saved'))) onDone();
      }}
    >
      {alert}
      <Form.Item name="result" label={t('progress.result')} rules={[{ required: true, message: t('progress.result.required') }]}>
        <Select style={{ width: 220 }} options={RESULTS.map((r) => ({ value: r, label: t(`progress.result.${r}` as MessageKey) }))} />
      </Form.Item>
      <Form.Item name="explanation" label={t('progress.result.explanation')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Button htmlType="submit" loading={busy}>
        {t('progress.result.save')}
      </Button>
    </Form>
  );
}
