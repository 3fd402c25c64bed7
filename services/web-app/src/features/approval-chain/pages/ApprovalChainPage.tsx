import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, List, Skeleton, Space, Tag, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { ApiError } from '../../../shared/api/client';
import { errorMessage } from '../../../shared/api/errorMessage';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageTitle } from '../../../shared/components/PageTitle';
import { formatDateTime } from '../../../shared/format/format';
import { useT, type Translate } from '../../../shared/i18n/I18nProvider';
import type { MessageKey } from '../../../shared/i18n/messages';
import { approvalChainApi, CHAIN_KINDS, inChainOrder, type ChainKind } from '../api/approvalChainApi';

/**
 * The department's approval chain (ADR 0018): which levels above a school approve its plan, in
 * order, nearest the school first, with a sentence saying how a plan will go. Saved with
 * `PUT /api/plans/settings/approval-chain`; the service's 422 texts are shown as they come.
 */
export function ApprovalChainPage() {
  const t = useT();
  const { message } = App.useApp();
  const setting = useApiData((signal) => approvalChainApi.get(signal), []);
  const [chosen, setChosen] = useState<ChainKind[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  useEffect(() => {
    if (setting.data) setChosen(inChainOrder(setting.data.kinds));
  }, [setting.data]);

  const toggle = (kind: ChainKind, on: boolean) =>
    setChosen((now) => inChainOrder(on ? [...now, kind] : now.filter((k) => k !== kind)));

  async function save() {
    setBusy(true);
    setFailure(undefined);
    try {
      await approvalChainApi.save(chosen);
      message.success(t('chain.saved'));
      setting.reload();
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  const saved = setting.data;
  const unchanged = saved !== undefined && inChainOrder(saved.kinds).join() === chosen.join();
  return (
    <>
      <PageTitle>{t('chain.title')}</PageTitle>
      {setting.error ? (
        <ErrorAlert error={setting.error} onRetry={setting.reload} />
      ) : !saved ? (
        <Skeleton active />
      ) : (
        <Card>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Paragraph style={{ marginBottom: 0 }}>{t('chain.intro')}</Typography.Paragraph>
            <div role="group" aria-labelledby="chain-levels">
              <Typography.Title level={2} id="chain-levels" style={{ fontSize: 16 }}>
                {t('chain.levels')}
              </Typography.Title>
              <Space direction="vertical">
                {CHAIN_KINDS.map((kind) => {
                  const position = chosen.indexOf(kind);
                  return (
                    <Space key={kind} size={8}>
                      <Checkbox checked={position >= 0} onChange={(e) => toggle(kind, e.target.checked)}>
                        {kindName(t, kind)}
                      </Checkbox>
                      {position >= 0 && (
                        <Tag color="blue" data-testid={`chain-level-${kind}`}>
                          {t('chain.levelNo', { n: position + 1 })}
                        </Tag>
                      )}
                    </Space>
                  );
                })}
              </Space>
            </div>
            <Alert
              type="info"
              showIcon
              role="status"
              data-testid="chain-preview"
              message={t('chain.preview')}
              description={preview(t, chosen)}
            />
            <Typography.Text type="secondary">{t('chain.note')}</Typography.Text>
            <Typography.Text type="secondary" data-testid="chain-updated">
              {saved.updatedBy
                ? t('chain.updated', { by: saved.updatedBy, at: formatDateTime(saved.updatedAt) })
                : t('chain.default')}
            </Typography.Text>
            {failure !== undefined && <SaveError error={failure} />}
            <Button type="primary" icon={<SaveOutlined />} loading={busy} disabled={unchanged} onClick={save}>
              {t('chain.save')}
            </Button>
          </Space>
        </Card>
      )}
    </>
  );
}

function kindName(t: Translate, kind: string): string {
  const key = `chain.kind.${kind}` as MessageKey;
  return t(key) === key ? kind : t(key);
}

/** "Kế hoạch của trường do Phòng VH-XH xã duyệt trước, sau đó Sở GD&ĐT." */
export function preview(t: Translate, kinds: string[]): string {
  const names = kinds.map((k) => kindName(t, k));
  if (names.length === 0) return t('chain.preview.none');
  if (names.length === 1) return t('chain.preview.one', { first: names[0] });
  return t('chain.preview.many', { first: names[0], rest: names.slice(1).join(t('chain.preview.then')) });
}

/** A refused save: the service's title and detail, and its field errors (422). */
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
        detail || fields.length ? (
          <>
            {detail && <div>{detail}</div>}
            {fields.length > 0 && (
              <List size="small" dataSource={fields} renderItem={(f) => <List.Item>{f.message}</List.Item>} />
            )}
          </>
        ) : undefined
      }
    />
  );
}
