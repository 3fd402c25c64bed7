import { Tag } from 'antd';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { ActionStatus, DueState } from '../api/progressApi';

const STATUS_COLOR: Record<ActionStatus, string> = {
  NOT_STARTED: 'default',
  IN_PROGRESS: 'processing',
  DONE: 'success',
  PAUSED: 'warning',
};

export function StatusTag({ status }: { status: ActionStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLOR[status]}>{t(`progress.status.${status}` as MessageKey)}</Tag>;
}

/** "quá hạn" (red), "sắp đến hạn" (orange); nothing for the others. */
export function DueTag({ due }: { due: DueState }) {
  const t = useT();
  if (due === 'OVERDUE') return <Tag color="red">{t('progress.due.OVERDUE')}</Tag>;
  if (due === 'DUE_SOON') return <Tag color="orange">{t('progress.due.DUE_SOON')}</Tag>;
  if (due === 'RECURRING') return <Tag>{t('progress.due.RECURRING')}</Tag>;
  return null;
}
