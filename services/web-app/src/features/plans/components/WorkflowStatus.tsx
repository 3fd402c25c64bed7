import type { ReactNode } from 'react';
import { Space, Tag } from 'antd';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { MessageKey } from '../../../shared/i18n/messages';
import { awaitedLevel, isMultiLevel, type WorkflowState } from '../api/workflow';

/**
 * A plan's status with its approval chain and amendment (ADR 0018): an approved plan being amended
 * is "Đã phê duyệt · đang điều chỉnh" with the amendment's own status beside it; a submitted plan of
 * a chain of several levels is "Chờ <level> (cấp k/n)"; anything else is `plain` (the screen's
 * ordinary status tag).
 */
export function WorkflowStatus({ item, plain, testId }: { item: WorkflowState; plain: ReactNode; testId?: string }) {
  const t = useT();
  const awaited = awaitedLevel(item);
  const waiting =
    awaited && isMultiLevel(item) ? t('workflow.status.awaiting', { name: awaited.name, k: awaited.k, n: awaited.n }) : undefined;
  if (item.amending) {
    const inner = waiting ?? t(`plan.status.${item.status}` as MessageKey);
    return (
      <Space size={4} wrap data-testid={testId}>
        <Tag color="success">{t('workflow.status.amending')}</Tag>
        <Tag color={item.status === 'SUBMITTED' ? 'processing' : item.status === 'RETURNED' ? 'warning' : 'default'}>
          {t('workflow.status.amendment', { status: inner })}
        </Tag>
      </Space>
    );
  }
  if (waiting) {
    return (
      <Tag color="processing" data-testid={testId}>
        {waiting}
      </Tag>
    );
  }
  return <>{plain}</>;
}
