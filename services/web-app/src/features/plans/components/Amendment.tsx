import { useState } from 'react';
import { Alert, Button, Input, Modal, Popconfirm, Typography } from 'antd';
import { EditOutlined, UndoOutlined } from '@ant-design/icons';
import { useT } from '../../../shared/i18n/I18nProvider';
import { isEditable, plansApi, type Plan } from '../api/plansApi';
import type { Run } from './RowsTable';

/**
 * "Điều chỉnh kế hoạch" on an approved plan (principal): asks for an optional reason and says that
 * the approved version stays in force; `POST …/amendment` with If-Match.
 */
export function AmendButton({ plan, busy, run }: { plan: Plan; busy: boolean; run: Run }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const version = plan.workflow?.approvedVersion ?? plan.workflow?.latestVersion ?? '';
  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => setOpen(true)}>
        {t('workflow.amend')}
      </Button>
      <Modal
        open={open}
        title={t('workflow.amend.title')}
        okText={t('workflow.amend.start')}
        cancelText={t('school.cancel')}
        okButtonProps={{ loading: busy }}
        onCancel={() => setOpen(false)}
        onOk={async () => {
          if (await run(() => plansApi.startAmendment(plan.id, plan.revision, reason), t('workflow.amend.started'))) {
            setOpen(false);
            setReason('');
          } else {
            // the failure is shown on the page, under the plan's actions
            setOpen(false);
          }
        }}
      >
        <Typography.Paragraph data-testid="amend-explain">{t('workflow.amend.explain', { version })}</Typography.Paragraph>
        <label htmlFor="amend-reason">{t('workflow.amend.reason')}</label>
        <Input.TextArea id="amend-reason" rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </>
  );
}

/**
 * While an approved plan is amended: the approved version is still in force; the principal may
 * discard the amendment while it is being edited (DRAFT/RETURNED/WITHDRAWN), not while it waits
 * for review (withdraw it first).
 */
export function AmendmentBanner({ plan, principal, busy, run }: { plan: Plan; principal: boolean; busy: boolean; run: Run }) {
  const t = useT();
  const w = plan.workflow;
  if (!w?.amending) return null;
  const version = w.approvedVersion ?? '';
  const editable = isEditable(plan.status);
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      data-testid="amendment-banner"
      message={t('workflow.amending.banner', { version })}
      description={editable ? t('workflow.amending.editable') : t('workflow.amending.submitted')}
      action={
        principal && editable ? (
          <Popconfirm
            title={t('workflow.discard.confirm', { version })}
            okText={t('workflow.discard')}
            cancelText={t('workflow.discard.keep')}
            okButtonProps={{ danger: true }}
            onConfirm={() => run(() => plansApi.discardAmendment(plan.id, plan.revision), t('workflow.discarded'))}
          >
            <Button danger icon={<UndoOutlined />} disabled={busy}>
              {t('workflow.discard')}
            </Button>
          </Popconfirm>
        ) : undefined
      }
    />
  );
}
